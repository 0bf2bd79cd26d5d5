"""``array``: typed arrays (``array.array('i', [1, 2])``) with Python 2's ``tostring``/
``fromstring`` spellings."""
from __future__ import annotations

import array as _array
from typing import Any


class array(_array.array):  # noqa: N801 - the module's own name for it
    __module__ = "array"

    def tostring(self) -> bytes:
        return self.tobytes()

    def fromstring(self, data: Any) -> None:
        self.frombytes(data.encode("latin-1") if isinstance(data, str) else data)


ArrayType = array
