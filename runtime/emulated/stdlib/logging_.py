"""``logging`` for scripts: Python's logger API, records written to the gateway log.

Levels, ``getLogger(name)``, ``setLevel``, ``basicConfig(level=...)`` and the module-level
functions behave as Python 2.7's (the root level is WARNING until configured); a record that
passes goes to the gateway log (Ignition's wrapper.log) as the logger's name, at the nearest
Ignition level (WARNING -> WARN, CRITICAL -> ERROR), tagged with where the script runs.
Handlers and formatters that write files or sockets are not offered.
"""
from __future__ import annotations

import threading as _threading
from typing import Any

from runtime.core.context import current as _current
from runtime.emulated.stdlib.traceback_ import format_exc as _format_exc

CRITICAL = FATAL = 50
ERROR = 40
WARNING = WARN = 30
INFO = 20
DEBUG = 10
NOTSET = 0

_NAMES = {CRITICAL: "CRITICAL", ERROR: "ERROR", WARNING: "WARNING", INFO: "INFO", DEBUG: "DEBUG",
          NOTSET: "NOTSET"}


def _gateway_level(level: int) -> str:
    """The Ignition log level a Python level is written at."""
    return "ERROR" if level >= ERROR else "WARN" if level >= WARNING else "INFO" if level >= INFO else "DEBUG"


def getLevelName(level: Any) -> Any:
    if level in _NAMES:
        return _NAMES[level]
    for number, name in _NAMES.items():
        if name == level:
            return number
    return "Level %s" % level


class Logger:
    """A named logger; its effective level is its own, else its parent's, else the root's."""

    __slots__ = ("name", "level", "parent", "disabled", "propagate")

    def __init__(self, name: str, parent: "Logger | None") -> None:
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "level", NOTSET)
        object.__setattr__(self, "parent", parent)
        object.__setattr__(self, "disabled", False)
        object.__setattr__(self, "propagate", True)

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in ("disabled", "propagate"):
            raise AttributeError("use setLevel() to change a logger")
        object.__setattr__(self, name, value)

    def setLevel(self, level: Any) -> None:
        object.__setattr__(self, "level", level if isinstance(level, int) else getLevelName(level))

    def getEffectiveLevel(self) -> int:
        logger: Logger | None = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level: int) -> bool:
        return not self.disabled and level >= self.getEffectiveLevel()

    def log(self, level: int, msg: Any, *args: Any, **kwargs: Any) -> None:
        if not self.isEnabledFor(level):
            return
        text = str(msg) % args if args else str(msg)
        if kwargs.get("exc_info"):
            text += "\n" + _format_exc().rstrip("\n")
        ctx = _current()
        if ctx.gateway is not None:
            ctx.gateway.log.write(_gateway_level(level), self.name, text, ctx.tag or "gateway")

    def debug(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(WARNING, msg, *args, **kwargs)

    warn = warning

    def error(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(ERROR, msg, *args, **kwargs)

    def critical(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        self.log(CRITICAL, msg, *args, **kwargs)

    fatal = critical

    def exception(self, msg: Any, *args: Any, **kwargs: Any) -> None:
        kwargs["exc_info"] = True
        self.log(ERROR, msg, *args, **kwargs)

    def getChild(self, suffix: str) -> "Logger":
        return getLogger("%s.%s" % (self.name, suffix) if self.name != "root" else suffix)

    def addHandler(self, handler: Any) -> None:
        """Records always go to the gateway log; extra handlers are accepted and not used."""

    def removeHandler(self, handler: Any) -> None:
        pass

    def __repr__(self) -> str:
        return "<logging.Logger object at 0x%x>" % (id(self) & 0xFFFFFFF)


# One logger tree per gateway process, as in Jython (a script's loggers are its gateway's).
root = Logger("root", None)
root.setLevel(WARNING)
_loggers: dict[str, Logger] = {}
_lock = _threading.RLock()  # getLogger("a.b") takes it again for its parent "a"


def getLogger(name: str | None = None) -> Logger:
    if not name:
        return root
    with _lock:
        found = _loggers.get(name)
        if found is None:
            parent_name = name.rpartition(".")[0]
            parent = getLogger(parent_name) if parent_name else root
            found = _loggers[name] = Logger(name, parent)
        return found


def basicConfig(**kwargs: Any) -> None:
    """Only ``level`` has an effect: records go to the gateway log whatever the handler."""
    if "level" in kwargs:
        root.setLevel(kwargs["level"])


def disable(level: int) -> None:
    pass


def debug(msg: Any, *args: Any, **kwargs: Any) -> None:
    root.debug(msg, *args, **kwargs)


def info(msg: Any, *args: Any, **kwargs: Any) -> None:
    root.info(msg, *args, **kwargs)


def warning(msg: Any, *args: Any, **kwargs: Any) -> None:
    root.warning(msg, *args, **kwargs)


warn = warning


def error(msg: Any, *args: Any, **kwargs: Any) -> None:
    root.error(msg, *args, **kwargs)


def critical(msg: Any, *args: Any, **kwargs: Any) -> None:
    root.critical(msg, *args, **kwargs)


fatal = critical


def exception(msg: Any, *args: Any, **kwargs: Any) -> None:
    root.exception(msg, *args, **kwargs)


def log(level: int, msg: Any, *args: Any, **kwargs: Any) -> None:
    root.log(level, msg, *args, **kwargs)


class Handler:
    """Accepted for code that configures handlers; records still go to the gateway log."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def setLevel(self, level: Any) -> None:
        pass

    def setFormatter(self, formatter: Any) -> None:
        pass


StreamHandler = NullHandler = Handler


class Formatter:
    def __init__(self, fmt: Any = None, datefmt: Any = None) -> None:
        pass
