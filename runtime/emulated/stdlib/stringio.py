"""``StringIO`` and ``cStringIO``: in-memory text files (``StringIO.StringIO(initial)``,
``write``, ``getvalue``, ``read``, ``readline``, ``seek``), as scripts build CSV and reports."""
from __future__ import annotations

import io as _io
from typing import Any


class StringIO(_io.StringIO):
    """Python 2's ``StringIO.StringIO``: also takes ``print >>buf, x`` (softspace) and numbers
    written as text are refused as in Jython (``TypeError``)."""

    __shim_writable__ = True  # print >>buf keeps its softspace on the instance
    __module__ = "StringIO"

    def __init__(self, buf: Any = "") -> None:
        super().__init__()
        if buf:
            super().write(buf if isinstance(buf, str) else str(buf))
            self.seek(0)

    def write(self, s: Any) -> int:
        if not isinstance(s, str):
            raise TypeError("expected a character buffer object")
        return super().write(s)

    @property
    def len(self) -> int:
        return len(self.getvalue())

    @property
    def buf(self) -> str:
        return self.getvalue()


InputType = OutputType = StringIO
