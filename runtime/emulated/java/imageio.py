"""javax.imageio for Jython scripts: ``ImageIO.read``/``write`` of files inside the gateway's
files folder, so the manual's ``system.print.createImage`` snippet runs as written (8.1 manual,
system.print.createImage: ``ImageIO.write(bufferedImage, "jpg", File(path))``).

Formats are JDK 17's (checked against a headless JVM, tests/java_files_corpus): png, jpg/jpeg,
bmp, gif, tif/tiff, the name in any case; an unknown one writes nothing and returns False
(``wbmp`` too, which the JDK writes for black-and-white images only). As in the JDK since 11,
an image with alpha (``TYPE_INT_ARGB``: what createImage gives) cannot be written as JPEG or
BMP: ``write`` returns False and leaves no file. The files
are encoded and decoded by Pillow (a PNG is the same image Java writes, byte for byte it may
differ: both are valid). ``read`` gives a BufferedImage of the file's pixels (``TYPE_4BYTE_ABGR``
with alpha, ``TYPE_3BYTE_BGR`` without, ``TYPE_BYTE_GRAY`` for grey, as Java's readers), None
for a file that is no image, and ``IIOException: Can't read input file!`` for a missing one.
A path outside the files folder is a SecurityException naming it.
"""
from __future__ import annotations

import io as _io
from pathlib import Path
from typing import Any

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._file import File, disk_path
from runtime.emulated.java._jclass import JavaClass
from runtime.emulated.java._throwables import IOException, IllegalArgumentException, _declare
from runtime.emulated.java.awt_image import ALPHA_TYPES, MAX_PIXELS, BufferedImage
from runtime.emulated.stdlib import _host

__all__ = ["IIOException", "ImageIO"]

__getattr__ = _missing("javax.imageio")

IIOException = _declare("IIOException", IOException, "javax.imageio")

#: format name -> Pillow's format
_FORMATS = {"png": "PNG", "jpg": "JPEG", "jpeg": "JPEG", "bmp": "BMP", "gif": "GIF",
            "tif": "TIFF", "tiff": "TIFF"}
#: the formats ``read`` opens (Pillow's names)
_READABLE = ("PNG", "JPEG", "BMP", "GIF", "TIFF")
#: formats whose JDK writers take no alpha channel
_OPAQUE = frozenset({"JPEG", "BMP"})
#: Pillow's modes -> BufferedImage types Java's readers hand back
_READ_TYPES = {"RGBA": 6, "LA": 6, "RGB": 5, "L": 10, "1": 12, "P": 13}


def _pillow() -> Any:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS  # a decompression bomb is refused (BufferedImage's cap)
    return Image


def _target(output: Any, function: str) -> Any:
    if isinstance(output, File):
        return disk_path(output, function)
    from runtime.emulated.java.io import FileOutputStream

    if isinstance(output, FileOutputStream):
        return output
    raise IllegalArgumentException("output must be a java.io.File or a FileOutputStream")


def encoded(im: BufferedImage, formatName: Any) -> bytes | None:
    """``im`` as a file of that format, or None where the JDK writes nothing (an unknown
    format, alpha into JPEG or BMP)."""
    fmt = _FORMATS.get(str(formatName).lower())
    alpha = im.getType() in ALPHA_TYPES
    if fmt is None or (alpha and fmt in _OPAQUE):
        return None
    Image = _pillow()
    picture = Image.frombytes("RGBA", (im.getWidth(), im.getHeight()), im._rgba_rows())
    if not alpha:
        picture = picture.convert("RGB")
    buffer = _io.BytesIO()
    picture.save(buffer, fmt)
    return buffer.getvalue()


class ImageIO(metaclass=JavaClass):
    """javax.imageio.ImageIO's static read and write."""

    __module__ = "javax.imageio"

    @staticmethod
    def write(im: Any, formatName: Any, output: Any) -> bool:
        if not isinstance(im, BufferedImage):
            raise IllegalArgumentException("im must be a java.awt.image.BufferedImage")
        data = encoded(im, formatName)
        if data is None:
            return False
        target = _target(output, "ImageIO.write")
        if isinstance(target, Path):
            if not target.parent.is_dir():
                raise IIOException("Can't create an ImageOutputStream!")
            try:  # within gateway.json filesQuota: refused before the file is touched
                _host.claim("ImageIO.write", output.getPath(), _host.growth(target, len(data), False))
            except OSError as error:
                raise IIOException(str(error)) from None
            target.write_bytes(data)
        else:
            target.write(data.decode("latin-1"))
        return True

    @staticmethod
    def read(input: Any) -> BufferedImage | None:
        if not isinstance(input, File):
            raise IllegalArgumentException("input must be a java.io.File")
        path = disk_path(input, "ImageIO.read")
        if not path.is_file():
            raise IIOException("Can't read input file!")
        Image = _pillow()
        try:
            # only the formats Java reads: Pillow's others (EPS ...) may start host programs
            with Image.open(path, formats=_READABLE) as picture:
                mode = picture.mode
                if picture.size[0] * picture.size[1] > MAX_PIXELS:
                    raise IllegalArgumentException("%s: an image of %d x %d pixels is larger than shim "
                                                   "allows scripts (%d pixels)" % ((input.getPath(),)
                                                                                   + picture.size + (MAX_PIXELS,)))
                rgba = picture.convert("RGBA")
        except (OSError, ValueError, Image.DecompressionBombError):
            return None  # not an image Java reads: ImageIO.read gives null
        width, height = rgba.size
        kind = _READ_TYPES.get(mode, 6 if "A" in mode else 5)
        return BufferedImage._from_rgba(width, height, rgba.tobytes(), kind)

    @staticmethod
    def getWriterFormatNames() -> list:
        return sorted(set(_FORMATS) | {name.upper() for name in _FORMATS})

    getReaderFormatNames = getWriterFormatNames
