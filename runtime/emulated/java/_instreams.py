"""java.io's byte input streams: ``InputStream`` and its in-memory and filter kinds.

Real Ignition code reads a payload through them: ``ByteArrayInputStream(system.file.readFileAsBytes(p))``
wrapped in a ``BufferedInputStream`` or a ``DataInputStream``, ``read(buf)`` loops into a
``jarray.zeros(1024, 'b')``, an ``InputStreamReader`` over an HTTP body's bytes. Every stream
here is in memory (``FileInputStream`` reads its file whole when it opens), so a read never
blocks. Answers follow OpenJDK 17 as the real ``jython`` shows them (tests/java_corpus/io_004):
``read()`` gives 0-255 or -1, ``read(b, off, len)`` fills the script's byte array in place and
returns the count or -1, ``skip``/``transferTo`` return a ``long``, a range past the array is
``IndexOutOfBoundsException: Range [2, 2 + 5) out of bounds for length 4``, a closed
``BufferedInputStream`` is ``IOException: Stream closed``, and ``DataInputStream`` reads Java's
big-endian primitives and modified UTF-8, ``EOFException`` when the bytes run out.
"""
from __future__ import annotations

import struct
from typing import Any

from runtime.core.jtext import java_long
from runtime.emulated.java._jbytes import byte_array, bytes_arg, check_range, fill
from runtime.emulated.java._jclass import Char, JavaObject
from runtime.emulated.java._throwables import (ArrayIndexOutOfBoundsException, EOFException,
                                               IllegalArgumentException, IndexOutOfBoundsException,
                                               IOException, NullPointerException,
                                               UTFDataFormatException)

#: ``read()`` called without an array (``read(None)`` is Java's ``read(byte[] null)``)
_NO_ARRAY: Any = object()
_NULL_ARRAY = 'Cannot read the array length because "b" is null'


def input_stream(value: Any, method: str) -> "InputStream":
    """``value`` as a constructor's ``InputStream`` parameter, or Jython's coercion TypeError."""
    if not isinstance(value, InputStream):
        raise TypeError("%s(): 1st arg can't be coerced to java.io.InputStream" % method)
    return value


class InputStream(JavaObject):
    """java.io.InputStream: every read is built on ``_take(count)`` (up to ``count`` bytes, fewer
    only at the end) and ``available()`` (what is left)."""

    __slots__ = ()
    __module__ = "java.io"
    #: whether a bad ``(off, len)`` names the range (Java 17's Objects check) or is a bare
    #: IndexOutOfBoundsException (BufferedInputStream's own check)
    _RANGE_MESSAGE = True
    #: whether ``read(b, off, 0)`` at the end is -1 (ByteArrayInputStream looks for the end
    #: first) rather than 0
    _END_BEFORE_EMPTY = False

    def _take(self, count: int) -> bytes:
        raise NotImplementedError

    def available(self) -> int:
        return 0

    def read(self, b: Any = _NO_ARRAY, off: Any = None, len: Any = None) -> int:  # noqa: A002 - Java's names
        """``read()``: the next byte (0-255) or -1; ``read(b[, off, len])``: bytes into ``b``."""
        if b is _NO_ARRAY:
            chunk = self._take(1)
            return chunk[0] if chunk else -1
        if b is None:
            raise NullPointerException(_NULL_ARRAY)
        size = _len(bytes_arg(b, "read"))
        start, count = (0, size) if off is None else (int(off), int(len))
        if self._RANGE_MESSAGE:
            check_range(start, count, size)
        elif start < 0 or count < 0 or start + count > size:
            raise IndexOutOfBoundsException()
        if count == 0:
            return -1 if self._END_BEFORE_EMPTY and self.available() <= 0 else 0
        chunk = self._take(count)
        if not chunk:
            return -1
        fill(b, start, chunk)
        return _len(chunk)

    def readAllBytes(self) -> Any:
        """The rest of the stream as a ``byte[]`` (Java 9)."""
        return byte_array(self._take(max(self.available(), 0)))

    def readNBytes(self, b: Any, off: Any = None, len: Any = None) -> Any:  # noqa: A002
        """``readNBytes(n)``: up to ``n`` bytes as a ``byte[]``; ``readNBytes(b, off, len)``: the
        count read into ``b``."""
        if off is None:
            if int(b) < 0:
                raise IllegalArgumentException("len < 0")
            return byte_array(self._take(int(b)))
        if b is None:
            raise NullPointerException(_NULL_ARRAY)
        check_range(int(off), int(len), _len(bytes_arg(b, "readNBytes")))
        chunk = self._take(int(len))
        fill(b, int(off), chunk)
        return _len(chunk)

    def skip(self, n: int) -> int:
        return java_long(_len(self._take(int(n)))) if n > 0 else java_long(0)

    def transferTo(self, out: Any) -> int:
        """Everything left, written to ``out`` (an OutputStream); the count, a ``long``."""
        if out is None:
            raise NullPointerException("out")
        rest = self._take(max(self.available(), 0))
        out.write(byte_array(rest))
        return java_long(_len(rest))

    def markSupported(self) -> bool:
        return False

    def mark(self, readlimit: int) -> None:
        """No mark, as Java's InputStream; ``reset()`` says so."""

    def reset(self) -> None:
        raise IOException("mark/reset not supported")

    def close(self) -> None:
        """An in-memory stream holds nothing to release."""


_len = len  # (the methods' Java parameter ``len`` shadows the builtin)


class ByteArrayInputStream(InputStream):
    """java.io.ByteArrayInputStream(buf[, offset, length]) over a ``byte[]`` (or what Jython
    coerces to one: a str, a list of -128..127); mark/reset work, ``close()`` changes nothing."""

    __slots__ = ("_data", "_pos", "_count", "_mark")
    __module__ = "java.io"
    _END_BEFORE_EMPTY = True

    def __init__(self, buf: Any, offset: int | None = None, length: int | None = None) -> None:
        self._data = bytes_arg(buf, "ByteArrayInputStream",
                               'Cannot read the array length because "buf" is null')
        start = 0 if offset is None else int(offset)
        self._pos = self._mark = start
        self._count = _len(self._data) if offset is None else min(start + int(length), _len(self._data))

    def _take(self, count: int) -> bytes:
        if self._pos < 0 and self._pos < self._count:
            raise ArrayIndexOutOfBoundsException("Index %d out of bounds for length %d"
                                                 % (self._pos, _len(self._data)))
        end = min(self._pos + count, self._count)
        chunk = self._data[self._pos:end] if end > self._pos else b""
        self._pos += _len(chunk)
        return chunk

    def available(self) -> int:
        return max(self._count - self._pos, 0)

    def markSupported(self) -> bool:
        return True

    def mark(self, readAheadLimit: int) -> None:
        self._mark = self._pos

    def reset(self) -> None:
        self._pos = self._mark


class FilterInputStream(InputStream):
    """java.io.FilterInputStream: every call goes to the stream it wraps."""

    __slots__ = ("_in",)
    __module__ = "java.io"

    def __init__(self, source: Any) -> None:
        self._in = input_stream(source, type(self).getName())

    def _take(self, count: int) -> bytes:
        return self._in._take(count)

    def available(self) -> int:
        return self._in.available()

    def read(self, b: Any = _NO_ARRAY, off: Any = None, len: Any = None) -> int:  # noqa: A002
        if b is _NO_ARRAY:
            return self._in.read()
        return self._in.read(b) if off is None else self._in.read(b, off, len)

    def markSupported(self) -> bool:
        return self._in.markSupported()

    def mark(self, readlimit: int) -> None:
        self._in.mark(readlimit)

    def reset(self) -> None:
        self._in.reset()

    def close(self) -> None:
        self._in.close()


class BufferedInputStream(FilterInputStream):
    """java.io.BufferedInputStream(in[, size]): adds mark/reset over any stream. A mark stays
    good for ``max(readlimit, size)`` bytes read past it, then ``reset()`` is Java's
    ``IOException: Resetting to invalid mark``; after ``close()`` a read is ``Stream closed``."""

    __slots__ = ("_size", "_kept", "_limit", "_replay", "_closed")
    __module__ = "java.io"
    _RANGE_MESSAGE = False

    def __init__(self, source: Any, size: int = 8192) -> None:
        super().__init__(source)
        if size <= 0:
            raise IllegalArgumentException("Buffer size <= 0")
        self._size, self._limit, self._closed = int(size), 0, False
        self._kept: bytearray | None = None
        self._replay = b""

    def _open(self) -> None:
        if self._closed:
            raise IOException("Stream closed")

    def _take(self, count: int) -> bytes:
        self._open()
        chunk = self._replay[:count]
        self._replay = self._replay[count:]
        if _len(chunk) < count:
            chunk += self._in._take(count - _len(chunk))
        if self._kept is not None:
            self._kept += chunk
            if _len(self._kept) > max(self._limit, self._size):
                self._kept = None
        return chunk

    def read(self, b: Any = _NO_ARRAY, off: Any = None, len: Any = None) -> int:  # noqa: A002
        return InputStream.read(self, b, off, len)

    def available(self) -> int:
        self._open()
        return _len(self._replay) + self._in.available()

    def markSupported(self) -> bool:
        return True

    def mark(self, readlimit: int) -> None:
        self._kept, self._limit = bytearray(), int(readlimit)

    def reset(self) -> None:
        self._open()
        if self._kept is None:
            raise IOException("Resetting to invalid mark")
        self._replay, self._kept = bytes(self._kept) + self._replay, bytearray()

    def close(self) -> None:
        self._closed = True
        self._in.close()


class DataInputStream(FilterInputStream):
    """java.io.DataInputStream(in): Java's big-endian primitives, as DataOutputStream writes them;
    ``readUTF`` reads modified UTF-8 (a two-byte length first). Short of bytes, a read is
    ``java.io.EOFException``; ``readFully`` fills what there was first."""

    __slots__ = ()
    __module__ = "java.io"

    def _exactly(self, count: int) -> bytes:
        chunk = self._in._take(count)
        if _len(chunk) < count:
            raise EOFException()
        return chunk

    def _unpack(self, layout: str) -> Any:
        return struct.unpack(layout, self._exactly(struct.calcsize(layout)))[0]

    def readFully(self, b: Any, off: Any = None, len: Any = None) -> None:  # noqa: A002
        if b is None:
            raise NullPointerException(_NULL_ARRAY)
        size = _len(bytes_arg(b, "readFully"))
        start, count = (0, size) if off is None else (int(off), int(len))
        check_range(start, count, size)
        chunk = self._in._take(count)
        fill(b, start, chunk)
        if _len(chunk) < count:
            raise EOFException()

    def skipBytes(self, n: int) -> int:
        return _len(self._in._take(int(n))) if n > 0 else 0

    def readBoolean(self) -> bool:
        return self._exactly(1) != b"\x00"

    def readByte(self) -> int:
        return self._unpack(">b")

    def readUnsignedByte(self) -> int:
        return self._unpack(">B")

    def readShort(self) -> int:
        return self._unpack(">h")

    def readUnsignedShort(self) -> int:
        return self._unpack(">H")

    def readChar(self) -> Char:
        """A Java ``char``: Jython 2.7.3 hands one past U+00FF back as a byte string it cannot
        make, an IllegalArgumentException (checked with the real ``jython``)."""
        code = self._unpack(">H")
        if code > 0xFF:
            raise IllegalArgumentException("Cannot create PyString with non-byte value: '\\u%04x'" % code)
        return chr(code)

    def readInt(self) -> int:
        return self._unpack(">i")

    def readLong(self) -> int:
        return java_long(self._unpack(">q"))

    def readFloat(self) -> float:
        return self._unpack(">f")

    def readDouble(self) -> float:
        return self._unpack(">d")

    def readUTF(self) -> str:
        return modified_utf8_text(self._exactly(self.readUnsignedShort()))


def modified_utf8_text(raw: bytes) -> str:
    """Java's modified UTF-8 read back (``DataInput.readUTF``), with its error texts: one to three
    bytes a UTF-16 unit, surrogate pairs joined."""
    units, count, size = bytearray(), 0, _len(raw)
    while count < size:
        c = raw[count]
        if c < 0x80:
            count, unit = count + 1, c
        elif c >> 5 == 0b110:
            count += 2
            if count > size:
                raise UTFDataFormatException("malformed input: partial character at end")
            if raw[count - 1] & 0xC0 != 0x80:
                raise UTFDataFormatException("malformed input around byte %d" % count)
            unit = (c & 0x1F) << 6 | raw[count - 1] & 0x3F
        elif c >> 4 == 0b1110:
            count += 3
            if count > size:
                raise UTFDataFormatException("malformed input: partial character at end")
            if raw[count - 2] & 0xC0 != 0x80 or raw[count - 1] & 0xC0 != 0x80:
                raise UTFDataFormatException("malformed input around byte %d" % (count - 1))
            unit = (c & 0x0F) << 12 | (raw[count - 2] & 0x3F) << 6 | raw[count - 1] & 0x3F
        else:
            raise UTFDataFormatException("malformed input around byte %d" % count)
        units += unit.to_bytes(2, "big")
    return bytes(units).decode("utf-16-be", "surrogatepass")
