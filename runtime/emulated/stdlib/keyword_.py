"""``keyword``: Python 2.7's keywords (``print`` and ``exec`` are keywords, ``None``/``True``/
``False`` are not), as Jython's ``keyword.kwlist`` lists them."""
from __future__ import annotations

from typing import Any

from runtime.emulated.stdlib._readonly import ReadOnlyList

kwlist = ReadOnlyList(["and", "as", "assert", "break", "class", "continue", "def", "del", "elif", "else",
          "except", "exec", "finally", "for", "from", "global", "if", "import", "in", "is",
          "lambda", "not", "or", "pass", "print", "raise", "return", "try", "while", "with",
          "yield"])

_KEYWORDS = frozenset(kwlist)


def iskeyword(name: Any) -> bool:
    return name in _KEYWORDS
