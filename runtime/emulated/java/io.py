"""java.io for Jython scripts: in-memory readers and writers, and files inside the gateway's
files folder (the one folder ``system.file`` and the built-in ``open`` may touch).

``StringWriter``/``PrintWriter`` (the usual way to capture ``e.printStackTrace(PrintWriter(sw))``),
``StringReader``/``BufferedReader`` (reading a string line by line) and ``BufferedWriter`` work.
``File`` is Java's path object (``runtime.emulated.java._file``): its pure methods (``getName``,
``getPath``, ``getParent`` ...) work on any path, as in Java; a method that touches the disk
(``exists``, ``listFiles``, ``mkdirs``, ``delete`` ...) works inside the files folder and is a
``java.lang.SecurityException`` naming the path outside it (``/etc/passwd``, ``C:\\reports``, a
``..`` or a symlink leading out). ``FileReader``/``FileWriter``/``FileInputStream``/
``FileOutputStream``/``InputStreamReader`` read and write those files (text as UTF-8, Java's
default on Linux); ``PrintWriter(path)`` writes one. ``RandomAccessFile`` is refused.

The byte streams (``runtime.emulated.java._instreams``/``_outstreams``) are Java's:
``ByteArrayInputStream``/``ByteArrayOutputStream``, ``BufferedInputStream``/``BufferedOutputStream``,
``DataInputStream``/``DataOutputStream``, and the file streams on the same bases, so they wrap one
another in any order; ``InputStreamReader``, ``OutputStreamWriter`` and ``PrintStream`` turn them
into text in any charset Java names (``runtime.emulated.java._charset``).
"""

from pathlib import Path as _Path
from typing import Any as _Any, NoReturn as _NoReturn

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._charset import charset_of as _charset_of, decode as _decode, \
    encode as _encode
from runtime.emulated.java._instreams import (BufferedInputStream, ByteArrayInputStream, DataInputStream,
                                              InputStream, input_stream as _input_stream)
from runtime.emulated.java._outstreams import (BufferedOutputStream, ByteArrayOutputStream,
                                               DataOutputStream, OutputStream,
                                               output_stream as _output_stream)
from runtime.emulated.java._file import File, disk_path as _disk_path
from runtime.emulated.stdlib import _host
from runtime.emulated.java._jclass import JavaClass as _JavaClass, JavaObject as _JavaObject
from runtime.emulated.java._jstr import FormatError as _FormatError, java_format as _java_format, \
    overload_string as _overload_string
from runtime.emulated.java._throwables import (FORMAT_ERRORS as _FORMAT_ERRORS, EOFException,
                                      FileNotFoundException, IOException, UTFDataFormatException,
                                      IllegalArgumentException as _IAE,
                                      NullPointerException as _NPE,
                                      SandboxRefusal as _SandboxRefusal, UnsupportedEncodingException)

__all__ = [
    "BufferedInputStream", "BufferedOutputStream", "BufferedReader", "BufferedWriter",
    "ByteArrayInputStream", "ByteArrayOutputStream", "DataInputStream", "DataOutputStream",
    "EOFException", "File", "FileInputStream", "FileNotFoundException", "FileOutputStream",
    "FileReader", "FileWriter", "IOException", "InputStream", "InputStreamReader", "OutputStream",
    "OutputStreamWriter", "PrintStream", "PrintWriter", "RandomAccessFile", "StringReader",
    "StringWriter", "UTFDataFormatException", "UnsupportedEncodingException",
]

__getattr__ = _missing("java.io")


class _Refused(_JavaClass):
    """Metaclass of a refused class: constructing it or reading any public member is refused."""

    def _refuse(cls) -> _NoReturn:
        raise _SandboxRefusal("%s is refused by shim's sandbox: scripts may not touch the "
                                 "host filesystem" % cls.getName())

    def __call__(cls, *args: _Any, **kwargs: _Any) -> _NoReturn:
        cls._refuse()

    def __getattr__(cls, name: str) -> _NoReturn:
        if name.startswith("_"):
            raise AttributeError(name)
        cls._refuse()


RandomAccessFile = _Refused("RandomAccessFile", (), {
    "__module__": "java.io", "__qualname__": "RandomAccessFile",
    "__doc__": "java.io.RandomAccessFile: refused (host filesystem)."})


class _Writer(_JavaObject):
    """java.io.Writer: ``write(str | char code[, off, len])``, ``append``, ``flush``, ``close``."""

    __slots__ = ()

    def _emit(self, text: str) -> None:
        raise NotImplementedError

    def write(self, data: _Any, offset: int | None = None, length: int | None = None) -> None:
        if data is None:
            raise _NPE()
        text = chr(data) if isinstance(data, int) and not isinstance(data, bool) else str(data)
        if offset is not None:
            text = text[offset:offset + (length if length is not None else len(text))]
        self._emit(text)

    def append(self, data: _Any) -> "_Writer":
        self._emit("null" if data is None else str(data))
        return self

    def flush(self) -> None:
        """Nothing is buffered."""

    def close(self) -> None:
        """Closing an in-memory writer has no effect, as in Java."""


class StringWriter(_Writer):
    """java.io.StringWriter: collects text; ``toString()`` returns it."""

    __slots__ = ("_parts",)
    __module__ = "java.io"

    def __init__(self, capacity: int = 16) -> None:
        self._parts: list[str] = []

    def _emit(self, text: str) -> None:
        self._parts.append(text)

    def toString(self) -> str:
        return "".join(self._parts)

    def getBuffer(self) -> str:
        return self.toString()


def _writer_target(target: _Any) -> _Any:
    """A Writer, or the file a ``PrintWriter(path)``/``PrintWriter(File)`` writes."""
    if isinstance(target, (str, File)):
        return FileWriter(target)
    if isinstance(target, _JavaObject) and hasattr(target, "write"):
        return target
    raise _IAE("%s is not a Writer" % type(target).__name__)


class _Printing:
    """``print``/``println``/``printf``/``format``/``checkError``, shared by PrintWriter and
    PrintStream: each goes to ``_emit(text)``."""

    __slots__ = ()

    def _emit(self, text: str) -> None:
        raise NotImplementedError

    def print(self, value: _Any) -> None:
        self._emit(_overload_string(value))

    def println(self, value: _Any = "") -> None:
        self._emit(_overload_string(value) + "\n")

    def printf(self, pattern: str, *args: _Any) -> _Any:
        try:
            self._emit(_java_format(pattern, args))
        except _FormatError as error:
            raise _FORMAT_ERRORS[error.kind](str(error)) from None
        return self

    format = printf

    def checkError(self) -> bool:
        return False


class PrintWriter(_Printing, _Writer):
    """java.io.PrintWriter over a Writer (or ``System.out``): print/println/printf."""

    __slots__ = ("_target",)
    __module__ = "java.io"

    def __init__(self, target: _Any, autoFlush: bool = False) -> None:
        if target is None:
            raise _NPE()
        self._target = _writer_target(target)

    def _emit(self, text: str) -> None:
        self._target.write(text)


class BufferedWriter(_Writer):
    """java.io.BufferedWriter over a Writer: ``write``, ``newLine``."""

    __slots__ = ("_target",)
    __module__ = "java.io"

    def __init__(self, target: _Any, size: int = 8192) -> None:
        if target is None:
            raise _NPE()
        self._target = _writer_target(target)

    def _emit(self, text: str) -> None:
        self._target.write(text)

    def newLine(self) -> None:
        self._emit("\n")


class _Reader(_JavaObject):
    """java.io.Reader over an in-memory string: ``read()`` returns a char code or -1."""

    __slots__ = ("_text", "_pos")

    def read(self) -> int:
        if self._pos >= len(self._text):
            return -1
        self._pos += 1
        return ord(self._text[self._pos - 1])

    def ready(self) -> bool:
        return True

    def skip(self, count: int) -> int:
        step = max(0, min(int(count), len(self._text) - self._pos))
        self._pos += step
        return step

    def close(self) -> None:
        """Closing an in-memory reader has no effect."""


class StringReader(_Reader):
    """java.io.StringReader(text)."""

    __slots__ = ()
    __module__ = "java.io"

    def __init__(self, text: str) -> None:
        if text is None:
            raise _NPE()
        self._text, self._pos = str(text), 0


class BufferedReader(_Reader):
    """java.io.BufferedReader over a StringReader: ``readLine()`` (None at the end), ``read()``."""

    __slots__ = ("_source",)
    __module__ = "java.io"

    def __init__(self, source: _Any, size: int = 8192) -> None:
        if not isinstance(source, _Reader):
            raise _IAE("BufferedReader needs a java.io.Reader such as StringReader")
        self._source = source
        self._text, self._pos = source._text, source._pos

    def read(self) -> int:
        value = super().read()
        self._source._pos = self._pos
        return value

    def readLine(self) -> str | None:
        """The next line without its terminator (\\n, \\r or \\r\\n), or None at the end."""
        text, pos = self._text, self._pos
        if pos >= len(text):
            return None
        end = pos
        while end < len(text) and text[end] not in "\r\n":
            end += 1
        line = text[pos:end]
        if end < len(text):
            end += 2 if text[end:end + 2] == "\r\n" else 1
        self._pos = self._source._pos = end
        return line

    def lines(self) -> list:
        """The remaining lines (Java returns a Stream; a list iterates the same way here)."""
        out = []
        line = self.readLine()
        while line is not None:
            out.append(line)
            line = self.readLine()
        return out


def _opened(target: _Any, mode: str, label: str) -> _Any:
    """The host path of a file a stream opens (a File or a path), or Java's exception: a path
    outside the files folder is refused (SecurityException), a missing file or a folder is a
    FileNotFoundException with Java's text (``x.txt (No such file or directory)``)."""
    if target is None:
        raise _NPE()
    name = target.getPath() if isinstance(target, File) else str(target)
    path = _disk_path(target if isinstance(target, File) else File(name), label)
    if path.is_dir():
        raise FileNotFoundException("%s (Is a directory)" % name)
    if mode == "rb" and not path.exists():
        raise FileNotFoundException("%s (No such file or directory)" % name)
    if mode != "rb" and not path.parent.is_dir():
        raise FileNotFoundException("%s (No such file or directory)" % name)
    return path


def _create(target: _Any, append: bool, label: str) -> _Path:
    """Open (creating, or truncating unless ``append``) the file a writer writes, as Java's
    constructor does; its host path."""
    path = _opened(target, "ab" if append else "wb", label)
    if not append:
        _host.claim(label, path.name, _host.growth(path, 0, False))  # what truncating frees (<= 0)
    with open(path, "ab" if append else "wb"):
        pass
    return path


def _append(path: _Path, data: bytes, label: str) -> None:
    """One write of a stream: straight to the file, within gateway.json's ``filesQuota`` (a
    write past it is Java's IOException, and the file keeps what it had)."""
    try:
        _host.claim(label, path.name, len(data))
    except OSError as error:
        raise IOException(str(error)) from None
    with open(path, "ab") as out:
        out.write(data)


class FileReader(_Reader):
    """java.io.FileReader(File | path): the file's text (UTF-8), read at once; wrap it in a
    BufferedReader for ``readLine()``."""

    __slots__ = ()
    __module__ = "java.io"

    def __init__(self, source: _Any, charset: _Any = None) -> None:
        raw = _opened(source, "rb", "FileReader").read_bytes()
        self._text = _decode(raw, "UTF-8" if charset is None else charset)
        self._pos = 0


class FileWriter(_Writer):
    """java.io.FileWriter(File | path[, append]): creates (or truncates) the file at once, as
    Java does; each write goes straight to the file (UTF-8), so nothing is lost unclosed and no
    handle stays open."""

    __slots__ = ("_path",)
    __module__ = "java.io"

    def __init__(self, target: _Any, append: bool = False) -> None:
        self._path = _create(target, append, "FileWriter")

    def _emit(self, text: str) -> None:
        _append(self._path, text.encode("utf-8"), "FileWriter")


class FileInputStream(InputStream):
    """java.io.FileInputStream(File | path): the file read whole when it opens (so nothing stays
    open); every InputStream read, ``InputStreamReader`` decodes it."""

    __slots__ = ("_data", "_pos")
    __module__ = "java.io"

    def __init__(self, source: _Any) -> None:
        self._data, self._pos = _opened(source, "rb", "FileInputStream").read_bytes(), 0

    def _take(self, count: int) -> bytes:
        chunk = self._data[self._pos:self._pos + count]
        self._pos += len(chunk)
        return chunk

    def available(self) -> int:
        return len(self._data) - self._pos


class FileOutputStream(OutputStream):
    """java.io.FileOutputStream(File | path[, append]): every OutputStream write, straight to
    the file (within the files quota)."""

    __slots__ = ("_path",)
    __module__ = "java.io"

    def __init__(self, target: _Any, append: bool = False) -> None:
        self._path = _create(target, append, "FileOutputStream")

    def _put(self, data: bytes) -> None:
        _append(self._path, data, "FileOutputStream")


class InputStreamReader(_Reader):
    """java.io.InputStreamReader(InputStream[, charset]): the rest of the stream as text (UTF-8
    unless a charset is named), read at once as Java's decoder reads ahead."""

    __slots__ = ()
    __module__ = "java.io"

    def __init__(self, source: _Any, charset: _Any = "UTF-8") -> None:
        stream = _input_stream(source, "java.io.InputStreamReader")
        self._text = _decode(stream._take(max(stream.available(), 0)), charset)
        self._pos = 0


class _Encoder:
    """What Java's stream encoder keeps between writes: the charset, and whether UTF-16's byte
    order mark has gone out (Java writes it once, before the first character)."""

    __slots__ = ("_charset", "_marked")

    def __init__(self, charset: _Any) -> None:
        self._charset, self._marked = _charset_of(charset), False

    def encode(self, text: str) -> bytes:
        if not text:
            return b""
        raw = _encode(text, self._charset)
        if self._charset.name() == "UTF-16":
            raw, self._marked = (raw[2:] if self._marked else raw), True
        return raw


class OutputStreamWriter(_Writer):
    """java.io.OutputStreamWriter(OutputStream[, charset]): text encoded (UTF-8 unless named)
    into a buffer that reaches the stream in 8192-byte pieces as it fills, and the rest on
    ``flush()``/``close()``, as Java's StreamEncoder does: close the writer before reading a
    ``ByteArrayOutputStream`` under it."""

    __slots__ = ("_out", "_encoder", "_pending")
    __module__ = "java.io"

    def __init__(self, out: _Any, charset: _Any = "UTF-8") -> None:
        if out is None:
            raise _NPE()
        self._out = _output_stream(out, "java.io.OutputStreamWriter")
        self._encoder, self._pending = _Encoder(charset), bytearray()

    def _emit(self, text: str) -> None:
        self._pending += self._encoder.encode(text)
        while len(self._pending) >= _ENCODER_BUFFER:
            self._out._put(bytes(self._pending[:_ENCODER_BUFFER]))
            del self._pending[:_ENCODER_BUFFER]

    def flush(self) -> None:
        if self._pending:
            self._out._put(bytes(self._pending))
            self._pending.clear()
        self._out.flush()

    def close(self) -> None:
        self.flush()
        self._out.close()


#: the byte buffer of Java's StreamEncoder
_ENCODER_BUFFER = 8192


class PrintStream(_Printing, OutputStream):
    """java.io.PrintStream(OutputStream | File | path[, autoFlush[, encoding]]): ``print``/``println``/
    ``printf`` as text (UTF-8 unless named) that reaches the stream at once, as Java's does;
    ``e.printStackTrace(PrintStream(baos))`` captures a trace into bytes."""

    __slots__ = ("_out", "_encoder")
    __module__ = "java.io"

    def __init__(self, out: _Any, autoFlush: bool = False, encoding: _Any = "UTF-8") -> None:
        if out is None:
            raise _NPE()
        if isinstance(out, (str, File)):
            out = FileOutputStream(out)
        self._out = _output_stream(out, "java.io.PrintStream")
        self._encoder = _Encoder(encoding)

    def _put(self, data: bytes) -> None:
        self._out._put(data)

    def _emit(self, text: str) -> None:
        self._put(self._encoder.encode(text))

    def append(self, data: _Any) -> "PrintStream":
        self._emit("null" if data is None else str(data))
        return self

    def flush(self) -> None:
        self._out.flush()

    def close(self) -> None:
        self._out.close()
