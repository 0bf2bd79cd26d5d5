"""The built-in ``open`` and ``file`` for scripts: Python 2 file objects for paths inside the
gateway's files folder, the one folder ``system.file`` may touch (``runtime.backends.files``:
a relative path is taken inside it; an absolute path, a ``..`` or a symlink leading out of it,
``/proc`` ... are refused with an IOError naming the path).

Files hold Python 2 ``str``: bytes, one character per byte (Latin-1), with no newline
translation, as Jython's ``open`` on Linux gives them; ``'b'`` changes nothing, ``'U'`` reads
``\\r\\n`` and ``\\r`` as ``\\n``. The object is shim's own (``read``, ``readline``, ``readlines``,
``write``, ``writelines``, ``seek``, ``tell``, ``flush``, ``truncate``, ``close``, iteration,
``with``, ``name``/``mode``/``closed``): never the host's file object, whose ``buffer`` and
``fileno`` lead elsewhere.
"""
from __future__ import annotations

import io as _io
from typing import Any, Iterator

from runtime.emulated.stdlib._host import HostRefused as _Refused, claim as _claim, growth as _growth, \
    hook as _hook, resolve as _resolve


def _io_error(errno: int, strerror: str, name: Any) -> Exception:
    """Python 2's ``IOError`` (the scripts layer's class: ``except OSError`` does not catch it,
    as in Jython, where ``open('missing')`` is ``IOError: [Errno 2] No such file or directory:
    'missing'``), or the host's where that layer is not loaded."""
    try:
        kind = _hook("io_error")
    except _Refused:
        kind = IOError
    return kind(errno, strerror, name)


_MODES = {"r": "rb", "w": "wb", "a": "ab", "r+": "r+b", "w+": "w+b", "a+": "a+b"}


class File:
    """A Python 2 file object over a file in the gateway's files folder."""

    __slots__ = ("_raw", "_name", "_mode", "_universal", "_size", "softspace")
    __module__ = "__builtin__"
    __qualname__ = "file"
    __shim_writable__ = True  # one script's own object: ``print >>f, x,`` keeps its softspace

    def __init__(self, name: Any, mode: Any = "r", buffering: Any = -1) -> None:
        if not isinstance(mode, str):
            raise TypeError("file() argument 2 must be string, not %s" % type(mode).__name__)
        universal = "U" in mode
        key = mode.replace("b", "").replace("U", "") or "r"
        if key not in _MODES:
            raise ValueError("invalid mode: '%s'" % mode)  # Jython's text
        try:
            path = _resolve("open", name)
        except _Refused as error:  # no gateway: say which call could not be served
            raise _Refused("open(): %s" % error) from None
        if key in ("w", "w+"):
            _claim("open", name, _growth(path, 0, False))  # what truncating frees (<= 0)
        try:
            raw = open(path, _MODES[key])  # noqa: SIM115 - closed by close() / with
        except IsADirectoryError:
            raise _io_error(21, "Is a directory", name) from None
        except FileNotFoundError:
            raise _io_error(2, "No such file or directory", name) from None
        except PermissionError:
            raise _io_error(13, "Permission denied", name) from None
        self._raw, self._name, self._mode, self._universal = raw, name, mode, universal
        self._size = path.stat().st_size  # how long the file is, with what this object wrote
        self.softspace = 0

    # -- reading ------------------------------------------------------------------------------
    def _text(self, data: bytes) -> str:
        text = data.decode("latin-1")
        return text.replace("\r\n", "\n").replace("\r", "\n") if self._universal else text

    def read(self, size: int = -1) -> str:
        return self._text(self._open().read(-1 if size is None or size < 0 else size))

    def readline(self, size: int = -1) -> str:
        return self._text(self._open().readline(-1 if size is None or size < 0 else size))

    def readlines(self, sizehint: int = 0) -> list:
        return [self._text(line) for line in self._open().readlines()]

    def __iter__(self) -> Iterator[str]:
        raw = self._open()
        return (self._text(line) for line in raw)

    def next(self) -> str:
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    __next__ = next
    xreadlines = __iter__

    # -- writing ------------------------------------------------------------------------------
    def write(self, data: Any) -> None:
        """Write at the file's position (its end in an "a" mode), within gateway.json's
        ``filesQuota``: a write past it is an IOError (errno 28) and writes nothing."""
        if not isinstance(data, str):
            raise TypeError("expected a character buffer object")
        if type(data) is not str and not data.isascii():
            data.encode("ascii")  # a unicode is written as ASCII: Python 2's UnicodeEncodeError
        raw = self._open()
        encoded = data.encode("latin-1")
        if raw.writable():
            self._grow("write", (self._size if "a" in self._mode else raw.tell()) + len(encoded))
        raw.write(encoded)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self._open().flush()

    def truncate(self, size: Any = None) -> None:
        raw = self._open()
        end = raw.tell() if size is None else size
        self._grow("truncate", end)
        raw.truncate(size)
        self._size = end

    def _grow(self, function: str, end: int) -> None:
        """Claim what making the file ``end`` bytes long adds to the files folder."""
        if end > self._size:
            _claim(function, self._name, end - self._size)
            self._size = end
        elif function == "truncate" and end < self._size:
            _claim(function, self._name, end - self._size)

    # -- position and state -------------------------------------------------------------------
    def seek(self, offset: int, whence: int = 0) -> None:
        self._open().seek(offset, whence)

    def tell(self) -> int:
        return self._open().tell()

    def close(self) -> None:
        self._raw.close()

    def _open(self) -> _io.BufferedIOBase:
        if self._raw.closed:
            raise ValueError("I/O operation on closed file")
        return self._raw

    def __enter__(self) -> "File":
        self._open()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def isatty(self) -> bool:
        return False

    @property
    def name(self) -> Any:
        return self._name

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def closed(self) -> bool:
        return self._raw.closed

    def __repr__(self) -> str:
        state = "closed" if self._raw.closed else "open"
        return "<%s file '%s', mode '%s' at 0x%x>" % (state, self._name, self._mode, id(self) & 0xFFFFFFFF)


def open_(name: Any, mode: Any = "r", buffering: Any = -1) -> File:
    """``open(name[, mode[, buffering]])``: a file inside the gateway's files folder."""
    return File(name, mode, buffering)


#: the builtins of this module: ``file`` is the type (``isinstance(f, file)``), ``open`` makes one
BUILTINS = {"file": File, "open": open_}
