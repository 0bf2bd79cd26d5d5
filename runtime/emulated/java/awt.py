"""java.awt for Jython scripts, as a gateway and a Vision client have it.

A gateway is headless: anything that needs a screen raises ``java.awt.HeadlessException``, as
Ignition's gateway does (``Toolkit.getDefaultToolkit().getScreenSize()``). In a Vision client
(or the Designer) the screen is the simulated client's (``runtime.backends.ui``): its size is
what ``system.gui.getScreens`` reports, ``beep()`` is recorded like ``system.util.beep`` and
``getSystemClipboard()`` is its clipboard (``java.awt.datatransfer``). ``Color``, ``Font``,
``Dimension``, ``Point``, ``Rectangle`` and ``Insets`` are plain values with Java's methods and
``toString`` (checked against a headless JVM, tests/java_corpus/awt_003_values.py); a
``Color`` is also what ``system.gui.color`` returns and Vision's colour properties hold. Other
AWT classes (windows, painting, ``Graphics``) are not emulated.
"""

from typing import Any as _Any

from runtime.core.context import current as _current
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaClass as _JavaClass, JavaObject as _JavaObject
from runtime.emulated.java._throwables import IllegalArgumentException as _IAE, \
    UnsupportedOperationException as _Unsupported, _declare
from runtime.emulated.stdlib import _host

__all__ = ["Color", "Cursor", "Dimension", "Font", "HeadlessException", "Insets", "Point", "Rectangle",
           "Toolkit"]

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


def _int(value: _Any) -> int:
    """A Java int argument (Jython truncates a float passed where an int is declared)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError("an int is required, not %s" % type(value).__name__)
    return int(value)


#: Java's factor for ``Color.brighter``/``darker``
_FACTOR = 0.7


class Color(_JavaObject):
    """java.awt.Color: ``Color(r, g, b[, a])`` with ints 0-255 or floats 0.0-1.0, ``Color(rgb)``
    (opaque) and ``Color(argb, hasAlpha)``; immutable; ``getRGB()`` is the packed ARGB Java int."""

    __slots__ = ("_rgba",)
    __module__ = "java.awt"


    def __init__(self, *args: _Any) -> None:
        if len(args) in (1, 2) and all(isinstance(a, int) for a in args[:1]):
            value = args[0] & 0xFFFFFFFF
            alpha = (value >> 24) & 0xFF if len(args) == 2 and args[1] else 255
            rgba = ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF, alpha)
        elif len(args) in (3, 4):
            floats = any(isinstance(a, float) for a in args)
            if floats:
                values = [float(a) for a in args]
                _check(values, 1.0)
                rgba = tuple(int(v * 255 + 0.5) for v in values)
            else:
                values = [_int(a) for a in args]
                _check(values, 255)
                rgba = tuple(values)
            rgba = rgba + (255,) if len(rgba) == 3 else rgba
        else:
            raise TypeError("java.awt.Color(): expected (r, g, b[, a]), (rgb) or (rgba, hasAlpha)")
        object.__setattr__(self, "_rgba", rgba)

    def __setattr__(self, name: str, value: _Any) -> None:
        raise AttributeError("java.awt.Color is immutable")

    def getRed(self) -> int:
        return self._rgba[0]

    def getGreen(self) -> int:
        return self._rgba[1]

    def getBlue(self) -> int:
        return self._rgba[2]

    def getAlpha(self) -> int:
        return self._rgba[3]

    def getRGB(self) -> int:
        r, g, b, a = self._rgba
        value = (a << 24) | (r << 16) | (g << 8) | b
        return value - (1 << 32) if value >= 1 << 31 else value  # a Java int

    def getTransparency(self) -> int:
        alpha = self._rgba[3]
        return 1 if alpha == 255 else 2 if alpha == 0 else 3  # OPAQUE, BITMASK, TRANSLUCENT

    def brighter(self) -> "Color":
        """Java's algorithm: each channel divided by 0.7, a black or tiny channel lifted to 3."""
        r, g, b, a = self._rgba
        lift = int(1.0 / (1.0 - _FACTOR))
        if r == g == b == 0:
            return Color(lift, lift, lift, a)
        r, g, b = (lift if 0 < v < lift else v for v in (r, g, b))
        return Color(*(min(int(v / _FACTOR), 255) for v in (r, g, b)), a)

    def darker(self) -> "Color":
        r, g, b, a = self._rgba
        return Color(*(max(int(v * _FACTOR), 0) for v in (r, g, b)), a)

    @staticmethod
    def decode(text: _Any) -> "Color":
        """``Color.decode("#FF8000")``, ``"0x102030"`` or a decimal: an opaque colour."""
        from runtime.emulated.java.lang import Integer

        return Color(Integer.decode(text))

    def equals(self, other: object) -> bool:
        return isinstance(other, Color) and other._rgba == self._rgba

    def hashCode(self) -> int:
        return self.getRGB()

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return hash(self._rgba)

    red = property(getRed)
    green = property(getGreen)
    blue = property(getBlue)
    alpha = property(getAlpha)
    RGB = property(getRGB)

    def toString(self) -> str:
        r, g, b, _a = self._rgba
        return "java.awt.Color[r=%d,g=%d,b=%d]" % (r, g, b)


def _check(values: list, top: float) -> None:
    """Java's range check, naming each channel out of range."""
    bad = [name for name, value in zip(("Red", "Green", "Blue", "Alpha"), values) if not 0 <= value <= top]
    if bad:
        raise _IAE("Color parameter outside of expected range: " + " ".join(bad))


#: Java's named colours, each under its lower- and upper-case name (``Color.red``, ``Color.RED``)
_NAMED = {"white": (255, 255, 255), "lightGray": (192, 192, 192), "gray": (128, 128, 128),
          "darkGray": (64, 64, 64), "black": (0, 0, 0), "red": (255, 0, 0), "pink": (255, 175, 175),
          "orange": (255, 200, 0), "yellow": (255, 255, 0), "green": (0, 255, 0),
          "magenta": (255, 0, 255), "cyan": (0, 255, 255), "blue": (0, 0, 255)}


class _FieldOrProperty:
    """``Color.red`` is the static field, ``c.red`` the bean property ``getRed()`` (Jython
    resolves the same name both ways)."""

    __slots__ = ("_constant", "_getter")

    def __init__(self, constant: Color, getter: _Any) -> None:
        self._constant, self._getter = constant, getter

    def __get__(self, obj: _Any, owner: _Any = None) -> _Any:
        return self._constant if obj is None else self._getter(obj)


for _name, _rgb in _NAMED.items():
    _color = Color(*_rgb)
    _bean = Color.__dict__.get(_name)
    setattr(Color, _name, _color if _bean is None else _FieldOrProperty(_color, _bean.fget))
    setattr(Color, "".join("_" + c if c.isupper() else c for c in _name).upper(), _color)


class Font(_JavaObject):
    """java.awt.Font(name, style, size): ``PLAIN``/``BOLD``/``ITALIC`` styles, ``deriveFont``.
    The family is the name for the logical fonts (Dialog, SansSerif, Serif, Monospaced,
    DialogInput); shim has no font files, so any other name is its own family too (a JVM
    falls back to "Dialog" for a font it does not have)."""

    __slots__ = ("_name", "_style", "_size")
    __module__ = "java.awt"

    PLAIN = 0
    BOLD = 1
    ITALIC = 2
    DIALOG = "Dialog"
    DIALOG_INPUT = "DialogInput"
    SANS_SERIF = "SansSerif"
    SERIF = "Serif"
    MONOSPACED = "Monospaced"

    def __init__(self, name: _Any, style: int = 0, size: _Any = 12) -> None:
        object.__setattr__(self, "_name", "Default" if name is None else str(name))
        object.__setattr__(self, "_style", _int(style) & 3)
        object.__setattr__(self, "_size", float(size))

    def __setattr__(self, name: str, value: _Any) -> None:
        raise AttributeError("java.awt.Font is immutable")

    def getName(self) -> str:
        return self._name

    def getFontName(self) -> str:
        return self._name

    def getFamily(self) -> str:
        return self._name

    def getStyle(self) -> int:
        return self._style

    def getSize(self) -> int:
        return int(self._size + 0.5)

    def getSize2D(self) -> float:
        return self._size

    def isPlain(self) -> bool:
        return self._style == 0

    def isBold(self) -> bool:
        return bool(self._style & 1)

    def isItalic(self) -> bool:
        return bool(self._style & 2)

    def deriveFont(self, *args: _Any) -> "Font":
        """``deriveFont(size: float)``, ``deriveFont(style: int)`` or ``deriveFont(style, size)``."""
        if len(args) == 1 and isinstance(args[0], float):
            return Font(self._name, self._style, args[0])
        if len(args) == 1:
            return Font(self._name, _int(args[0]), self._size)
        if len(args) == 2:
            return Font(self._name, _int(args[0]), float(args[1]))
        raise TypeError("deriveFont(): expected (size), (style) or (style, size)")

    name = property(getName)
    style = property(getStyle)
    size = property(getSize)
    family = property(getFamily)

    def equals(self, other: object) -> bool:
        return isinstance(other, Font) and (other._name, other._style, other._size) == \
            (self._name, self._style, self._size)

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return hash((self._name, self._style, self._size))

    def toString(self) -> str:
        style = {0: "plain", 1: "bold", 2: "italic", 3: "bolditalic"}[self._style]
        return "java.awt.Font[family=%s,name=%s,style=%s,size=%d]" % (
            self.getFamily(), self._name, style, self.getSize())


#: java.awt.Cursor's predefined cursors, by type
_CURSOR_NAMES = ("Default", "Crosshair", "Text", "Wait", "Southwest Resize", "Southeast Resize",
                 "Northwest Resize", "Northeast Resize", "North Resize", "South Resize", "West Resize",
                 "East Resize", "Hand", "Move")


class Cursor(_JavaObject):
    """java.awt.Cursor: ``Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR)`` (the same object each
    time, as Java caches them), ``getType``, ``getName``; a Vision script sets one on a component
    while work runs. An unknown type is Java's IllegalArgumentException."""

    __slots__ = ("_type",)
    __module__ = "java.awt"

    DEFAULT_CURSOR, CROSSHAIR_CURSOR, TEXT_CURSOR, WAIT_CURSOR = 0, 1, 2, 3
    SW_RESIZE_CURSOR, SE_RESIZE_CURSOR, NW_RESIZE_CURSOR, NE_RESIZE_CURSOR = 4, 5, 6, 7
    N_RESIZE_CURSOR, S_RESIZE_CURSOR, W_RESIZE_CURSOR, E_RESIZE_CURSOR = 8, 9, 10, 11
    HAND_CURSOR, MOVE_CURSOR, CUSTOM_CURSOR = 12, 13, -1

    def __init__(self, type: int) -> None:  # noqa: A002 - Java's parameter name
        if not 0 <= _int(type) < len(_CURSOR_NAMES):
            raise _IAE("illegal cursor type")
        self._type = int(type)

    @staticmethod
    def getPredefinedCursor(type: int) -> "Cursor":  # noqa: A002
        if not 0 <= _int(type) < len(_CURSOR_NAMES):
            raise _IAE("illegal cursor type")
        return _PREDEFINED[int(type)]

    @staticmethod
    def getDefaultCursor() -> "Cursor":
        return _PREDEFINED[0]

    def getType(self) -> int:
        return self._type

    def getName(self) -> str:
        return _CURSOR_NAMES[self._type] + " Cursor"

    def toString(self) -> str:
        return "java.awt.Cursor[%s]" % self.getName()


_PREDEFINED = tuple(Cursor(t) for t in range(len(_CURSOR_NAMES)))


class _Value(_JavaObject):
    """A mutable AWT value a script owns (``d.width = 800``): equality by its fields."""

    __slots__ = ()
    __shim_writable__ = True

    def _fields(self) -> tuple:
        """The values of ``__slots__``, in order (each class lists its own)."""
        raise NotImplementedError

    def equals(self, other: object) -> bool:
        return type(other) is type(self) and other._fields() == self._fields()

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return hash(self._fields())

    def toString(self) -> str:
        return "%s[%s]" % (type(self).getName(), ",".join(
            "%s=%d" % pair for pair in zip(self.__slots__, self._fields())))


class Dimension(_Value):
    """java.awt.Dimension(width, height) or Dimension(other)."""

    __slots__ = ("width", "height")
    __module__ = "java.awt"

    def _fields(self) -> tuple:
        return (self.width, self.height)

    def __init__(self, width: _Any = 0, height: int = 0) -> None:
        if isinstance(width, Dimension):
            width, height = width.width, width.height
        self.width, self.height = _int(width), _int(height)

    def getWidth(self) -> float:
        return float(self.width)

    def getHeight(self) -> float:
        return float(self.height)

    def getSize(self) -> "Dimension":
        return Dimension(self.width, self.height)

    def setSize(self, width: _Any, height: _Any = None) -> None:
        if isinstance(width, Dimension):
            width, height = width.width, width.height
        self.width, self.height = _int(width), _int(height)


class Point(_Value):
    """java.awt.Point(x, y) or Point(other)."""

    __slots__ = ("x", "y")
    __module__ = "java.awt"

    def _fields(self) -> tuple:
        return (self.x, self.y)

    def __init__(self, x: _Any = 0, y: int = 0) -> None:
        if isinstance(x, Point):
            x, y = x.x, x.y
        self.x, self.y = _int(x), _int(y)

    def getX(self) -> float:
        return float(self.x)

    def getY(self) -> float:
        return float(self.y)

    def getLocation(self) -> "Point":
        return Point(self.x, self.y)

    def setLocation(self, x: _Any, y: _Any = None) -> None:
        if isinstance(x, Point):
            x, y = x.x, x.y
        self.x, self.y = _int(x), _int(y)

    move = setLocation

    def translate(self, dx: int, dy: int) -> None:
        self.x, self.y = self.x + _int(dx), self.y + _int(dy)

    def distance(self, x: _Any, y: _Any = None) -> float:
        if isinstance(x, Point):
            x, y = x.x, x.y
        return ((self.x - x) ** 2 + (self.y - y) ** 2) ** 0.5


class Insets(_Value):
    """java.awt.Insets(top, left, bottom, right)."""

    __slots__ = ("top", "left", "bottom", "right")
    __module__ = "java.awt"

    def _fields(self) -> tuple:
        return (self.top, self.left, self.bottom, self.right)

    def __init__(self, top: int, left: int, bottom: int, right: int) -> None:
        self.top, self.left, self.bottom, self.right = _int(top), _int(left), _int(bottom), _int(right)


class Rectangle(_Value):
    """java.awt.Rectangle: ``()``, ``(width, height)``, ``(x, y, width, height)``,
    ``(Point, Dimension)`` or ``(other)``; ``contains``, ``intersects``, ``intersection``,
    ``union``, ``translate``, ``setBounds`` as in Java."""

    __slots__ = ("x", "y", "width", "height")
    __module__ = "java.awt"

    def _fields(self) -> tuple:
        return (self.x, self.y, self.width, self.height)

    def __init__(self, *args: _Any) -> None:
        if len(args) == 1 and isinstance(args[0], Rectangle):
            args = args[0]._fields()
        elif len(args) == 2 and isinstance(args[0], Point):
            args = (args[0].x, args[0].y, args[1].width, args[1].height)
        elif len(args) == 2:
            args = (0, 0) + tuple(args)
        elif len(args) == 0:
            args = (0, 0, 0, 0)
        if len(args) != 4:
            raise TypeError("java.awt.Rectangle(): expected (), (w, h), (x, y, w, h) or (rect)")
        self.x, self.y, self.width, self.height = (_int(a) for a in args)

    def getX(self) -> float:
        return float(self.x)

    def getY(self) -> float:
        return float(self.y)

    def getWidth(self) -> float:
        return float(self.width)

    def getHeight(self) -> float:
        return float(self.height)

    def getMinX(self) -> float:
        return float(self.x)

    def getMinY(self) -> float:
        return float(self.y)

    def getMaxX(self) -> float:
        return float(self.x + self.width)

    def getMaxY(self) -> float:
        return float(self.y + self.height)

    def getCenterX(self) -> float:
        return self.x + self.width / 2.0

    def getCenterY(self) -> float:
        return self.y + self.height / 2.0

    def getSize(self) -> Dimension:
        return Dimension(self.width, self.height)

    def getLocation(self) -> Point:
        return Point(self.x, self.y)

    def getBounds(self) -> "Rectangle":
        return Rectangle(self)

    def isEmpty(self) -> bool:
        return self.width <= 0 or self.height <= 0

    def setBounds(self, *args: _Any) -> None:
        self.x, self.y, self.width, self.height = Rectangle(*args)._fields()

    def setSize(self, width: _Any, height: _Any = None) -> None:
        if isinstance(width, Dimension):
            width, height = width.width, width.height
        self.width, self.height = _int(width), _int(height)

    def setLocation(self, x: _Any, y: _Any = None) -> None:
        if isinstance(x, Point):
            x, y = x.x, x.y
        self.x, self.y = _int(x), _int(y)

    def translate(self, dx: int, dy: int) -> None:
        self.x, self.y = self.x + _int(dx), self.y + _int(dy)

    def contains(self, x: _Any, y: _Any = None) -> bool:
        """A point ``(x, y)`` or ``Point``, or a whole ``Rectangle``."""
        if isinstance(x, Rectangle):
            other = x
            return not other.isEmpty() and not self.isEmpty() and self.x <= other.x and \
                self.y <= other.y and other.x + other.width <= self.x + self.width and \
                other.y + other.height <= self.y + self.height
        if isinstance(x, Point):
            x, y = x.x, x.y
        return not self.isEmpty() and self.x <= x < self.x + self.width and self.y <= y < self.y + self.height

    def intersects(self, other: "Rectangle") -> bool:
        if self.isEmpty() or other.isEmpty():
            return False
        return other.x < self.x + self.width and other.y < self.y + self.height and \
            self.x < other.x + other.width and self.y < other.y + other.height

    def intersection(self, other: "Rectangle") -> "Rectangle":
        x1, y1 = max(self.x, other.x), max(self.y, other.y)
        x2 = min(self.x + self.width, other.x + other.width)
        y2 = min(self.y + self.height, other.y + other.height)
        return Rectangle(x1, y1, x2 - x1, y2 - y1)

    def union(self, other: "Rectangle") -> "Rectangle":
        x1, y1 = min(self.x, other.x), min(self.y, other.y)
        x2 = max(self.x + self.width, other.x + other.width)
        y2 = max(self.y + self.height, other.y + other.height)
        return Rectangle(x1, y1, x2 - x1, y2 - y1)


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
