"""Images of Vision components (``system.print.createImage``/``printToImage``): a
``java.awt.image.BufferedImage``-like object the size of the component, and PNG files of it.

Ignition paints the component with Swing. shim's components are property bags with no look, so
the image has the component's size (its ``width``/``height`` properties, as a Vision component's
``getWidth()``/``getHeight()``; a root container without them takes the window's) and is filled
with the component's ``background`` colour when it has one, transparent otherwise. A size of 0 fails
as Java's ``BufferedImage`` constructor does. The PNG is written with zlib (RGBA, 8 bits a channel):
any image reader opens it.
"""
from __future__ import annotations

import struct
import zlib
from typing import Any

from runtime.backends.vision import Color, Component

#: java.awt.image.BufferedImage.TYPE_INT_ARGB: 8-bit alpha, red, green, blue packed in an int.
TYPE_INT_ARGB = 2


class IllegalArgumentException(ValueError):
    """java.lang.IllegalArgumentException, as BufferedImage raises it for a size <= 0."""


class BufferedImage:
    """What ``system.print.createImage`` returns: ``getWidth()``, ``getHeight()``, ``getType()``,
    ``getRGB(x, y)`` (a Java int, ARGB) and the same as bean properties."""

    __slots__ = ("_width", "_height", "_argb")

    def __init__(self, width: int, height: int, fill: tuple[int, int, int, int] = (0, 0, 0, 0)) -> None:
        if width <= 0 or height <= 0:
            raise IllegalArgumentException(f"Width ({width}) and height ({height}) cannot be <= 0")
        object.__setattr__(self, "_width", width)
        object.__setattr__(self, "_height", height)
        object.__setattr__(self, "_argb", fill)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot set BufferedImage.{name}")

    def getWidth(self, observer: Any = None) -> int:
        return self._width

    def getHeight(self, observer: Any = None) -> int:
        return self._height

    def getType(self) -> int:
        return TYPE_INT_ARGB

    def getRGB(self, x: int, y: int) -> int:
        if not (0 <= x < self._width and 0 <= y < self._height):
            raise IndexError("Coordinate out of bounds!")  # ArrayIndexOutOfBoundsException's text
        r, g, b, a = self._argb
        return Color(r, g, b, a).getRGB()

    width = property(getWidth)
    height = property(getHeight)
    type = property(getType)

    def png(self) -> bytes:
        """The image as a PNG file (RGBA, 8 bits a channel, no interlace)."""
        row = b"\x00" + bytes(self._argb) * self._width  # filter type 0 (None) before every row
        header = struct.pack(">IIBBBBB", self._width, self._height, 8, 6, 0, 0, 0)
        return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
                + _chunk(b"IDAT", zlib.compress(row * self._height, 6)) + _chunk(b"IEND", b""))

    def __repr__(self) -> str:
        return f"BufferedImage: type = {TYPE_INT_ARGB} width = {self._width} height = {self._height}"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def snapshot(component: Component) -> BufferedImage:
    """The image ``createImage`` takes of ``component``."""
    width, height = _size(component, "width"), _size(component, "height")
    background = component._props.get("background")
    fill = background._rgba if isinstance(background, Color) else (0, 0, 0, 0)
    return BufferedImage(width, height, fill)


def _size(component: Component, axis: str) -> int:
    value = component._props.get(axis)
    if value is None and component.getParent() is None:
        value = component.getWindow()._size.get(axis)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"component '{component.getName()}': {axis} must be a number of pixels, not {value!r}")
    return int(value)
