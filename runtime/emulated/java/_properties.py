"""java.util.Properties: the ``key=value`` configuration files real project code reads.

``load`` reads Java's format exactly (OpenJDK 17 ``Properties.load``): ``#``/``!`` comment lines,
``=``, ``:`` or white space between key and value, a backslash at the end of a line continuing it
(the next line's leading white space dropped), ``\\uXXXX``/``\\t``/``\\n`` escapes, and from an
InputStream one byte per character (ISO-8859-1). ``getProperty`` falls back to the defaults given
to the constructor; ``stringPropertyNames`` includes them. ``store`` writes Java's format with its
comment and date lines. Since Java 9 a Properties iterates as a ConcurrentHashMap does, which
for a table this size is a HashMap's bucket order; it is still a ``Hashtable`` for ``isinstance``.
Files come only through shim's java.io streams (the files folder), never the host's.
"""
from __future__ import annotations

import re
from typing import Any

from runtime.core.jtext import java_value
from runtime.emulated.java._collections import HashSet, _HashOrdered
from runtime.emulated.java._legacycoll import Enumeration, Hashtable
from runtime.emulated.java._throwables import IllegalArgumentException, NullPointerException

_WHITE = " \t\f"
_LINES = re.compile(r"\r\n|\r|\n")
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f"}
_SAVED = {"\t": "\\t", "\n": "\\n", "\r": "\\r", "\f": "\\f", "=": "\\=", ":": "\\:", "#": "\\#",
          "!": "\\!", "\\": "\\\\"}


def _text_of(source: Any) -> str:
    """All that is left in a Reader (char codes) or an InputStream (bytes, ISO-8859-1)."""
    if source is None:
        raise NullPointerException()
    read = getattr(type(source), "read", None)
    if read is None:
        raise TypeError("load(): 1st arg can't be coerced to java.io.Reader or java.io.InputStream")
    chars = []
    while True:
        code = read(source)
        if code < 0:
            return "".join(chars)
        chars.append(chr(code))


def _continues(line: str) -> bool:
    return (len(line) - len(line.rstrip("\\"))) % 2 == 1


def _logical_lines(text: str) -> list[str]:
    natural, lines, index = _LINES.split(text), [], 0
    while index < len(natural):
        line = natural[index].lstrip(_WHITE)
        index += 1
        if not line or line[0] in "#!":
            continue
        while _continues(line):
            line = line[:-1] + (natural[index].lstrip(_WHITE) if index < len(natural) else "")
            index += 1
        lines.append(line)
    return lines


def _unescaped(text: str) -> str:
    out, index = [], 0
    while index < len(text):
        char = text[index]
        index += 1
        if char != "\\" or index >= len(text):
            out.append(char)
            continue
        char = text[index]
        index += 1
        if char == "u":
            digits = text[index:index + 4]
            if len(digits) < 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
                raise IllegalArgumentException("Malformed \\uxxxx encoding.")
            out.append(chr(int(digits, 16)))
            index += 4
        else:
            out.append(_ESCAPES.get(char, char))
    return "".join(out)


def _split(line: str) -> tuple[str, str]:
    """Key and value of one logical line, as Java's ``load0`` finds the separator."""
    key_end, value_start, separated, escaped = len(line), len(line), False, False
    for index, char in enumerate(line):
        if not escaped and char in "=:":
            key_end, value_start, separated = index, index + 1, True
            break
        if not escaped and char in _WHITE:
            key_end, value_start = index, index + 1
            break
        escaped = char == "\\" and not escaped
    while value_start < len(line):
        char = line[value_start]
        if char not in _WHITE:
            if separated or char not in "=:":
                break
            separated = True
        value_start += 1
    return _unescaped(line[:key_end]), _unescaped(line[value_start:])


def _saved(text: str, is_key: bool, ascii_only: bool) -> str:
    out = []
    for index, char in enumerate(text):
        if char == " ":
            out.append("\\ " if index == 0 or is_key else " ")
        elif char in _SAVED:
            out.append(_SAVED[char])
        elif (ord(char) < 0x20 or ord(char) > 0x7E) and ascii_only:
            out.append("\\u%04X" % ord(char))
        else:
            out.append(char)
    return "".join(out)


class Properties(_HashOrdered, Hashtable):
    """``Properties()`` or ``Properties(defaults)``."""

    __slots__ = ("_order", "_defaults")
    __module__ = "java.util"

    _keys = _HashOrdered._in_hash_order

    def __init__(self, defaults: Any = None) -> None:
        super().__init__(None)
        self._defaults = defaults

    def load(self, source: Any) -> None:
        for line in _logical_lines(_text_of(source)):
            key, value = _split(line)
            self.put(key, value)

    def getProperty(self, key: Any, defaultValue: Any = None) -> Any:
        if key is None:
            raise NullPointerException('Cannot invoke "Object.hashCode()" because "key" is null')
        value = self._data.get(key)
        if not isinstance(value, str) and self._defaults is not None:
            value = self._defaults.getProperty(key)
        return java_value(defaultValue) if value is None else value

    def setProperty(self, key: Any, value: Any) -> Any:
        for position, item in (("1st", key), ("2nd", value)):
            if not isinstance(item, str):
                raise TypeError("setProperty(): %s arg can't be coerced to String" % position)
        return self.put(key, value)

    def stringPropertyNames(self) -> HashSet:
        names = set(self._defaults.stringPropertyNames()) if self._defaults is not None else set()
        names.update(k for k in self._keys() if isinstance(k, str) and isinstance(self._data[k], str))
        return HashSet(names)

    def propertyNames(self) -> Enumeration:
        return Enumeration(self.stringPropertyNames())

    def store(self, target: Any, comments: Any = None) -> None:
        """Java's ``store``: the comment lines, ``#`` and the date, then ``key=value`` lines; to a
        Writer as text, to an OutputStream in ISO-8859-1 with ``\\uXXXX`` for the rest."""
        from runtime.emulated.java import io
        from runtime.emulated.java._date import Date

        ascii_only = not isinstance(target, io._Writer)
        lines = []
        if comments is not None:  # Java adds "#" to a continuation line not already a comment
            first, *rest = _LINES.split(str(comments))
            lines = ["#" + first] + [line if line[:1] in ("#", "!") else "#" + line for line in rest]
        lines.append("#" + Date().toString())
        lines += ["%s=%s" % (_saved(k, True, ascii_only), _saved(self._data[k], False, ascii_only))
                  for k in self._keys()]
        text = "".join(line + "\n" for line in lines)
        target.write(text)
