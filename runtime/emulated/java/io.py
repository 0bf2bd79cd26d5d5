"""java.io for Jython scripts: in-memory readers and writers only; the host filesystem is refused.

``StringWriter``/``PrintWriter`` (the usual way to capture ``e.printStackTrace(PrintWriter(sw))``),
``StringReader``/``BufferedReader`` (reading a string line by line) and ``BufferedWriter`` work.
``File``, ``FileReader``, ``FileWriter``, ``FileInputStream``, ``FileOutputStream`` and
``RandomAccessFile`` import fine, so a library module that names them still loads, but any use
raises ``java.lang.SecurityException: java.io.File is refused by shim's sandbox: scripts may not
touch the host filesystem`` (a SecurityException that is also a Python ``Exception``, see
``_throwables.SandboxRefusal``).
"""

from typing import Any as _Any, NoReturn as _NoReturn

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaClass as _JavaClass, JavaObject as _JavaObject
from runtime.emulated.java._jstr import FormatError as _FormatError, java_format as _java_format, \
    overload_string as _overload_string
from runtime.emulated.java._throwables import (FORMAT_ERRORS as _FORMAT_ERRORS, FileNotFoundException,
                                      IOException, IllegalArgumentException as _IAE,
                                      NullPointerException as _NPE,
                                      SandboxRefusal as _SandboxRefusal)

__all__ = [
    "BufferedReader", "BufferedWriter", "File", "FileInputStream", "FileNotFoundException",
    "FileOutputStream", "FileReader", "FileWriter", "IOException", "PrintWriter",
    "RandomAccessFile", "StringReader", "StringWriter",
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


def _refused(name: str) -> type:
    return _Refused(name, (), {"__module__": "java.io", "__qualname__": name,
                               "__doc__": "java.io.%s: refused (host filesystem)." % name})


File = _refused("File")
FileReader = _refused("FileReader")
FileWriter = _refused("FileWriter")
FileInputStream = _refused("FileInputStream")
FileOutputStream = _refused("FileOutputStream")
RandomAccessFile = _refused("RandomAccessFile")


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
    if isinstance(target, _JavaObject) and hasattr(target, "write"):
        return target
    if isinstance(target, str):
        return File(target)
    raise _IAE("%s is not a Writer" % type(target).__name__)


class PrintWriter(_Writer):
    """java.io.PrintWriter over a Writer (or ``System.out``): print/println/printf."""

    __slots__ = ("_target",)
    __module__ = "java.io"

    def __init__(self, target: _Any, autoFlush: bool = False) -> None:
        if target is None:
            raise _NPE()
        self._target = _writer_target(target)

    def _emit(self, text: str) -> None:
        self._target.write(text)

    def print(self, value: _Any) -> None:
        self._emit(_overload_string(value))

    def println(self, value: _Any = "") -> None:
        self._emit(_overload_string(value) + "\n")

    def printf(self, pattern: str, *args: _Any) -> "PrintWriter":
        try:
            self._emit(_java_format(pattern, args))
        except _FormatError as error:
            raise _FORMAT_ERRORS[error.kind](str(error)) from None
        return self

    format = printf

    def checkError(self) -> bool:
        return False


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
