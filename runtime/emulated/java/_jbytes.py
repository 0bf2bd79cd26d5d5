"""Java ``byte[]`` as Jython hands it across: in from a script's values, out as ``array('b', ...)``.

Jython coerces an argument declared ``byte[]`` from a Python ``str`` (one byte per character; a
``unicode`` character past U+00FF becomes ``?``, checked with the real ``jython``), a
``bytearray``, a Java byte array or a list or tuple of ints from -128 to 127 (or bools); anything
else (255 in a list too) is a ``TypeError`` "METHOD(): 1st arg can't be coerced to byte[]" and None
a NullPointerException.
Every ``byte[]`` a Java method returns is a Jython ``array('b', [...])`` of signed bytes.
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.java._throwables import (IllegalArgumentException, IndexOutOfBoundsException,
                                               NullPointerException)
from runtime.emulated.stdlib.jarray_ import PyArray


def bytes_arg(value: Any, method: str, null_message: str | None = None) -> bytes:
    """``value`` as the bytes Java receives for a ``byte[]`` parameter of ``method``."""
    if value is None:
        raise NullPointerException(null_message)
    if isinstance(value, str):
        return str.__str__(value).encode("latin-1", "replace")
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, (PyArray, list, tuple)) and all(
            isinstance(b, int) and -128 <= b <= 127 for b in value):
        return bytes(b & 0xFF for b in value)
    raise TypeError("%s(): 1st arg can't be coerced to byte[]" % method)


def update_arg(data: Any, offset: Any, length: Any, short_message: str) -> bytes:
    """What an engine's ``update(byte)``/``update(byte[])``/``update(byte[], offset, len)`` adds
    (MessageDigest, Mac): an int is one byte; a range past the array's end is Java's
    IllegalArgumentException with the engine's own text."""
    if isinstance(data, int) and not isinstance(data, bool):
        return bytes((data & 0xFF,))
    raw = bytes_arg(data, "update")
    if offset is None:
        return raw
    start, count = int(offset), int(length)
    if start < 0 or count < 0 or start + count > len(raw):
        raise IllegalArgumentException(short_message)
    return raw[start:start + count]


def byte_array(data: bytes) -> PyArray:
    """A Java ``byte[]`` holding ``data``, as Jython shows it: ``array('b', [-1, 2])``."""
    return PyArray([b - 256 if b > 127 else b for b in data], "b")


def check_range(offset: int, length: int, size: int) -> None:
    """Java 17's ``Objects.checkFromIndexSize``, the check of every ``(byte[] b, int off, int len)``
    call of java.io: ``Range [2, 2 + 5) out of bounds for length 4``."""
    if offset < 0 or length < 0 or offset + length > size:
        raise IndexOutOfBoundsException("Range [%d, %d + %d) out of bounds for length %d"
                                        % (offset, offset, length, size))


def fill(target: Any, offset: int, data: bytes) -> None:
    """Write ``data`` into the script's ``byte[]`` ``target`` from ``offset`` (``in.read(buf)``):
    a Java byte array (``jarray.zeros(n, 'b')``) changes in place; any other value Jython coerces
    to ``byte[]`` (a list, a str) is a copy, so it stays as it was, as under Jython."""
    if isinstance(target, PyArray) and target.typecode == "b":
        for index, value in enumerate(data, offset):
            target[index] = value - 256 if value > 127 else value
