"""``htmlentitydefs``: HTML 4's entities as Python 2 has them: ``name2codepoint``,
``codepoint2name`` and ``entitydefs`` (a Latin-1 character as a byte string, ``&#NNN;`` past
255), from the same table as Python 3's ``html.entities``."""
from __future__ import annotations

from html import entities as _entities

from runtime.emulated.stdlib._readonly import ReadOnlyDict

name2codepoint = ReadOnlyDict(_entities.name2codepoint)
codepoint2name = ReadOnlyDict(_entities.codepoint2name)
entitydefs = ReadOnlyDict({name: chr(code) if code < 256 else "&#%d;" % code
                          for name, code in name2codepoint.items()})
