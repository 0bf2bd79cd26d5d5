"""``future_builtins``: Python 3's ``map``, ``filter``, ``zip`` (lazy iterators), ``hex``, ``oct``
(``0o10``) and ``ascii`` for Python 2 code written to run on both, as Jython 2.7 ships them."""
from __future__ import annotations

import builtins as _builtins

ascii = _builtins.ascii
filter = _builtins.filter
hex = _builtins.hex
map = _builtins.map
oct = _builtins.oct
zip = _builtins.zip
