"""``pprint``: ``pformat``/``pprint``/``PrettyPrinter`` writing into the script's output."""
from __future__ import annotations

import pprint as _pprint
from typing import Any

from runtime.core.context import write_output

pformat = _pprint.pformat
saferepr = _pprint.saferepr
isreadable = _pprint.isreadable
isrecursive = _pprint.isrecursive


def pprint(obj: Any, stream: Any = None, indent: int = 1, width: int = 80, depth: Any = None) -> None:
    text = _pprint.pformat(obj, indent=indent, width=width, depth=depth) + "\n"
    (stream.write if stream is not None else write_output)(text)


class PrettyPrinter:
    def __init__(self, indent: int = 1, width: int = 80, depth: Any = None, stream: Any = None) -> None:
        self._options = {"indent": indent, "width": width, "depth": depth}
        self._stream = stream

    def pformat(self, obj: Any) -> str:
        return _pprint.pformat(obj, **self._options)

    def pprint(self, obj: Any) -> None:
        pprint(obj, self._stream, **self._options)

    def isreadable(self, obj: Any) -> bool:
        return _pprint.isreadable(obj)

    def isrecursive(self, obj: Any) -> bool:
        return _pprint.isrecursive(obj)
