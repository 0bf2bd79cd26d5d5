"""java.awt.image for Jython scripts: ``BufferedImage``, the image ``system.print.createImage``
returns and ``javax.imageio.ImageIO`` reads and writes.

A BufferedImage here is its size, its type and its pixels (``getRGB``/``setRGB`` with Java's
packed ARGB ints): a new image is all zeros as in Java (transparent for the alpha types, opaque
black for the others, whose ``setRGB`` drops the alpha). There is no ``Graphics`` to paint
with (``createGraphics`` is not emulated). Pixels are one fill colour until a script sets
one (then an RGBA buffer), so a large empty image costs nothing; an image larger than
``MAX_PIXELS`` is refused, where a JVM would run out of heap. Checked against a headless JVM
(tests/java_files_corpus/imageio_001_round_trip.py).
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaObject
from runtime.emulated.java._throwables import ArrayIndexOutOfBoundsException, IllegalArgumentException

__all__ = ["BufferedImage"]

__getattr__ = _missing("java.awt.image")

#: BufferedImage's image types (java.awt.image.BufferedImage.TYPE_*)
TYPES = {
    "TYPE_CUSTOM": 0, "TYPE_INT_RGB": 1, "TYPE_INT_ARGB": 2, "TYPE_INT_ARGB_PRE": 3,
    "TYPE_INT_BGR": 4, "TYPE_3BYTE_BGR": 5, "TYPE_4BYTE_ABGR": 6, "TYPE_4BYTE_ABGR_PRE": 7,
    "TYPE_USHORT_565_RGB": 8, "TYPE_USHORT_555_RGB": 9, "TYPE_BYTE_GRAY": 10,
    "TYPE_USHORT_GRAY": 11, "TYPE_BYTE_BINARY": 12, "TYPE_BYTE_INDEXED": 13,
}
#: the types with an alpha channel
ALPHA_TYPES = frozenset({2, 3, 6, 7})
#: 50 million pixels (200 MB as ints): past that a script's image is refused
MAX_PIXELS = 50_000_000


def _signed(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >= 1 << 31 else value


def _rgba(argb: int) -> bytes:
    return bytes(((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, (argb >> 24) & 0xFF))


class BufferedImage(JavaObject):
    """java.awt.image.BufferedImage(width, height, imageType)."""

    __slots__ = ("_width", "_height", "_type", "_fill", "_data")
    __module__ = "java.awt.image"

    def __init__(self, width: Any, height: Any, imageType: Any = 2) -> None:
        width, height, kind = int(width), int(height), int(imageType)
        if width <= 0 or height <= 0:
            raise IllegalArgumentException(f"Width ({width}) and height ({height}) cannot be <= 0")
        if kind not in TYPES.values() or kind == 0:
            raise IllegalArgumentException(f"Unknown image type {kind}")
        if width * height > MAX_PIXELS:
            raise IllegalArgumentException(f"an image of {width} x {height} pixels is larger than shim "
                                           f"allows scripts ({MAX_PIXELS} pixels)")
        object.__setattr__(self, "_width", width)
        object.__setattr__(self, "_height", height)
        object.__setattr__(self, "_type", kind)
        object.__setattr__(self, "_fill", 0 if kind in ALPHA_TYPES else 0xFF000000)
        object.__setattr__(self, "_data", None)  # RGBA rows once a pixel differs from the fill

    @classmethod
    def _filled(cls, width: int, height: int, argb: int, kind: int = 2) -> "BufferedImage":
        """An image of one colour (``system.print.createImage``: a component's background)."""
        image = cls(width, height, kind)
        object.__setattr__(image, "_fill", argb & 0xFFFFFFFF)
        return image

    @classmethod
    def _from_rgba(cls, width: int, height: int, data: bytes, kind: int) -> "BufferedImage":
        """An image of these RGBA rows (``ImageIO.read``)."""
        image = cls(width, height, kind)
        object.__setattr__(image, "_data", bytearray(data))
        return image

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot set BufferedImage.{name}")

    def getWidth(self, observer: Any = None) -> int:
        return self._width

    def getHeight(self, observer: Any = None) -> int:
        return self._height

    def getType(self) -> int:
        return self._type

    width = property(getWidth)
    height = property(getHeight)
    type = property(getType)

    def _check(self, x: Any, y: Any) -> tuple[int, int]:
        x, y = int(x), int(y)
        if not (0 <= x < self._width and 0 <= y < self._height):
            raise ArrayIndexOutOfBoundsException("Coordinate out of bounds!")
        return x, y

    def getRGB(self, x: Any, y: Any) -> int:
        """The pixel as a packed ARGB Java int."""
        x, y = self._check(x, y)
        if self._data is None:
            return _signed(self._fill)
        at = 4 * (y * self._width + x)
        r, g, b, a = self._data[at:at + 4]
        return _signed((a << 24) | (r << 16) | (g << 8) | b)

    def setRGB(self, x: Any, y: Any, rgb: Any) -> None:
        x, y = self._check(x, y)
        value = int(rgb) & 0xFFFFFFFF
        if self._type not in ALPHA_TYPES:
            value |= 0xFF000000
        if self._data is None:
            object.__setattr__(self, "_data", bytearray(self._rgba_rows()))
        at = 4 * (y * self._width + x)
        self._data[at:at + 4] = _rgba(value)

    def _rgba_rows(self) -> bytes:
        """The pixels as RGBA bytes, row after row (for ImageIO and printToImage)."""
        if self._data is not None:
            return bytes(self._data)
        return _rgba(self._fill) * (self._width * self._height)

    def toString(self) -> str:
        return f"BufferedImage: type = {self._type} width = {self._width} height = {self._height}"


for _name, _value in TYPES.items():
    setattr(BufferedImage, _name, _value)
