"""java.awt for Jython scripts, as a gateway and a Vision client have it.

A gateway is headless: anything that needs a screen raises ``java.awt.HeadlessException``, as
Ignition's gateway does (``Toolkit.getDefaultToolkit().getScreenSize()``). In a Vision client
(or the Designer) the screen is the simulated client's (``runtime.backends.ui``): its size is
what ``system.gui.getScreens`` reports, ``beep()`` is recorded like ``system.util.beep`` and
``getSystemClipboard()`` is its clipboard (``java.awt.datatransfer``). ``Dimension`` and
``Point`` are plain values. Other AWT classes (windows, painting) are not emulated.
"""

from typing import Any as _Any

from runtime.core.context import current as _current
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaClass as _JavaClass, JavaObject as _JavaObject
from runtime.emulated.java._throwables import UnsupportedOperationException as _Unsupported, _declare
from runtime.emulated.stdlib import _host

__all__ = ["Dimension", "HeadlessException", "Point", "Toolkit"]

__getattr__ = _missing("java.awt")

HeadlessException = _declare("HeadlessException", _Unsupported, "java.awt")


def _screen() -> _Any:
    """The running Vision client's screen (``runtime.backends.ui.SessionUI``), or
    HeadlessException where there is none (a gateway, Perspective, a plain script)."""
    try:
        found = _host.hook("screen")(_current())
    except _host.HostRefused:
        found = None
    if found is None:
        raise HeadlessException()
    return found


class Dimension(_JavaObject):
    """java.awt.Dimension(width, height)."""

    __slots__ = ("width", "height")
    __module__ = "java.awt"
    __shim_writable__ = True  # a value the script owns: ``d.width = 800``

    def __init__(self, width: int = 0, height: int = 0) -> None:
        self.width, self.height = int(width), int(height)

    def getWidth(self) -> float:
        return float(self.width)

    def getHeight(self) -> float:
        return float(self.height)

    def toString(self) -> str:
        return "java.awt.Dimension[width=%d,height=%d]" % (self.width, self.height)


class Point(_JavaObject):
    """java.awt.Point(x, y)."""

    __slots__ = ("x", "y")
    __module__ = "java.awt"
    __shim_writable__ = True

    def __init__(self, x: int = 0, y: int = 0) -> None:
        self.x, self.y = int(x), int(y)

    def getX(self) -> float:
        return float(self.x)

    def getY(self) -> float:
        return float(self.y)

    def toString(self) -> str:
        return "java.awt.Point[x=%d,y=%d]" % (self.x, self.y)


class _ClientToolkit(_JavaObject):
    """What ``Toolkit.getDefaultToolkit()`` returns: the screen's size, its clipboard, a beep."""

    __slots__ = ()
    __module__ = "java.awt"
    __qualname__ = "Toolkit"

    def getScreenSize(self) -> Dimension:
        ui = _screen()
        width, height = ui.screens[ui.screen_index]
        return Dimension(width, height)

    def getScreenResolution(self) -> int:
        _screen()
        return 96

    def getSystemClipboard(self) -> _Any:
        from runtime.emulated.java.datatransfer import Clipboard

        return Clipboard(_screen())

    def beep(self) -> None:
        ui = _screen()
        ui.show(_current(), "beep")


class Toolkit(metaclass=_JavaClass):
    """java.awt.Toolkit: ``getDefaultToolkit()``."""

    __module__ = "java.awt"

    @staticmethod
    def getDefaultToolkit() -> _ClientToolkit:
        return _ClientToolkit()
