"""``unicodedata``: the Unicode character database as Jython 2.7 answers (``normalize``,
``category``, ``name``, ``lookup``, ``combining`` ...). Text results are ``unicode``, as
Jython's are (``normalize('NFKD', u'caf\\xe9').encode('ascii', 'ignore')`` strips accents, the
daily use)."""
from __future__ import annotations

import unicodedata as _ucd
from typing import Any

from runtime.core.jtext import java_text

unidata_version = _ucd.unidata_version


def normalize(form: Any, text: Any) -> Any:
    return java_text(_ucd.normalize(str(form), text))


def lookup(name: Any) -> Any:
    return java_text(_ucd.lookup(name))


category = _ucd.category
bidirectional = _ucd.bidirectional
combining = _ucd.combining
decimal = _ucd.decimal
decomposition = _ucd.decomposition
digit = _ucd.digit
east_asian_width = _ucd.east_asian_width
mirrored = _ucd.mirrored
name = _ucd.name
numeric = _ucd.numeric
