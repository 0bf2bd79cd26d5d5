"""``abc``: abstract base classes as Python 2 scripts declare them (``__metaclass__ = ABCMeta``
in the class body, ``@abstractmethod``, ``@abstractproperty``); instantiating a class with
abstract methods left is the TypeError Jython raises, in its words.

``ABCMeta`` makes classes only through a script's ``class`` statement (the sandbox's class
factory sets :data:`CREATING` around it): calling ``ABCMeta(name, bases, dict)`` directly would
make a class past the sandbox's class checks, so it is refused.
"""
from __future__ import annotations

import abc as _abc
import contextvars
from typing import Any

from runtime.core.ownership import is_script_class

abstractmethod = _abc.abstractmethod
abstractproperty = _abc.abstractproperty

#: set by the sandbox's class factory while it creates a script's class
CREATING: contextvars.ContextVar[bool] = contextvars.ContextVar("shim_abc_creating", default=False)


class ABCMeta(_abc.ABCMeta):
    """Python 2's ``abc.ABCMeta`` for script classes."""

    def __new__(mcls, name: str, bases: tuple, namespace: dict, **kwargs: Any) -> Any:
        if not CREATING.get():
            raise TypeError("abc.ABCMeta makes classes through a class statement only "
                            "(__metaclass__ = ABCMeta in the class body)")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def register(cls, subclass: Any) -> Any:
        """``MyBase.register(C)``: a virtual subclass of the script's own abstract class only
        (``ABCMeta.register(host_abc, C)`` would change ``isinstance`` for every script)."""
        if not (isinstance(cls, type) and is_script_class(cls)):
            raise TypeError("abc.ABCMeta.register registers with the script's own abstract classes only")
        return super().register(subclass)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        abstract = getattr(cls, "__abstractmethods__", ())
        if abstract:
            raise TypeError("Can't instantiate abstract class %s with abstract methods %s"
                            % (cls.__name__, ", ".join(sorted(abstract))))
        return super().__call__(*args, **kwargs)


ABCMeta.__module__ = "abc"
