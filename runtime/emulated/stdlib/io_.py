"""``io``'s in-memory streams: ``BytesIO`` (the script's ``str`` as bytes) and ``StringIO``
(``unicode`` text only: writing a byte string is Jython's TypeError). ``io.open`` is refused
pointing at ``open``, which reads and writes inside the gateway's files folder."""
from __future__ import annotations

import io as _io
from typing import Any

from runtime.core.jtext import java_text


class BytesIO(_io.StringIO):
    """Bytes in memory, held as the script's ``str`` (one character per byte)."""

    __module__ = "_io"
    __shim_writable__ = True  # print >>buf keeps its softspace on the instance

    def __init__(self, initial_bytes: Any = "") -> None:
        super().__init__()
        if initial_bytes:
            self.write(initial_bytes)
            self.seek(0)

    def write(self, data: Any) -> int:
        if not isinstance(data, str):
            raise TypeError("'%s' does not have the buffer interface" % type(data).__name__)
        return super().write(data)


class StringIO(_io.StringIO):
    """Unicode text in memory: ``getvalue()``/``read()`` give ``unicode``."""

    __module__ = "_io"
    __shim_writable__ = True

    def __init__(self, initial_value: Any = "", newline: Any = "\n") -> None:
        super().__init__(None, newline)
        if initial_value:
            self.write(initial_value)
            self.seek(0)

    def write(self, text: Any) -> int:
        if type(text) is str:
            raise TypeError("can't write str to text stream")
        return super().write(text)

    def getvalue(self) -> Any:
        return java_text(super().getvalue())

    def read(self, size: Any = -1) -> Any:
        return java_text(super().read(size))

    def readline(self, size: Any = -1) -> Any:
        return java_text(super().readline(size))
