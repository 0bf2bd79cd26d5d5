"""String literals with Python 2 meaning in Python 3 syntax, on the same lines.

* ``b'..'`` is a byte string, i.e. a plain ``str`` here: the ``b`` goes;
* in a byte string, ``\\u``, ``\\U`` and ``\\N`` are not escapes: their backslash is doubled;
* ``ur'..'`` (a raw unicode literal, where only ``\\uXXXX`` is an escape) becomes ``u'..'``;
* an implicit concatenation with any ``u`` part is unicode: its first part gets the ``u``;
* under ``from __future__ import unicode_literals`` every literal but ``b'..'`` gets the ``u``.

``u'..'`` literals are kept: the compiler sees the ``u`` (``ast.Constant.kind``) and makes them
``unicode`` values.
"""
from __future__ import annotations

import re

from fissix import fixer_base, pytree
from fissix.pgen2 import token

_PREFIX = re.compile(r"^([a-zA-Z]*)(.*)$", re.S)


def _split(value: str) -> tuple[str, str, str]:
    """(prefix letters, quote, body) of a string token."""
    prefix, rest = _PREFIX.match(value).groups()
    quote = rest[:3] if rest[:3] in ('"""', "'''") else rest[:1]
    return prefix.lower(), quote, rest[len(quote):len(rest) - len(quote)]


def _escape_non_byte_escapes(body: str) -> str:
    r"""Double the backslash of ``\u``, ``\U``, ``\N`` (not escapes in a Python 2 byte string)."""
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            out.append("\\\\" + nxt if nxt in "uUN" else c + nxt)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _raw_to_plain(body: str, keep_unicode_escapes: bool) -> str:
    r"""The body of a raw literal as a non-raw one (``\uXXXX`` kept for ``ur''``)."""
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            if keep_unicode_escapes and re.match(r"\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})", body[i:]):
                n = 6 if body[i + 1] == "u" else 10
                out.append(body[i:i + n])
                i += n
                continue
            out.append("\\\\")
        else:
            out.append(c)
        i += 1
    return "".join(out)


class FixPy2Strings(fixer_base.BaseFix):
    BM_compatible = False
    PATTERN = "STRING | atom< STRING STRING+ >"

    def start_tree(self, tree, filename):
        super().start_tree(tree, filename)
        self.unicode_literals = "unicode_literals" in getattr(tree, "future_features", ())

    def transform(self, node, results):
        if node.type == token.STRING:
            if node.parent is not None and node.parent.type != token.STRING and all(
                    c.type == token.STRING for c in node.parent.children) and len(node.parent.children) > 1:
                return None  # handled with its concatenation (the atom)
            new = self._fix(node.value)
            if new != node.value:
                return pytree.Leaf(token.STRING, new, prefix=node.prefix)
            return None
        parts = node.children
        values = [self._fix(p.value) for p in parts]
        if any(_split(p.value)[0].count("u") for p in parts) and "u" not in _split(values[0])[0]:
            values[0] = self._make_unicode(values[0])
        changed = False
        for leaf, value in zip(parts, values):
            if leaf.value != value:
                leaf.value = value
                changed = True
        if changed:
            node.changed()
        return None

    def _fix(self, value: str) -> str:
        prefix, quote, body = _split(value)
        if "b" in prefix:
            prefix = prefix.replace("b", "")
            if "r" not in prefix:
                body = _escape_non_byte_escapes(body)
            return prefix + quote + body + quote
        if "u" in prefix and "r" in prefix:
            return "u" + quote + _raw_to_plain(body, keep_unicode_escapes=True) + quote
        if self.unicode_literals and "u" not in prefix:  # every literal but b'' is unicode
            return self._make_unicode(value)
        if "u" not in prefix and "r" not in prefix:
            new = _escape_non_byte_escapes(body)
            if new != body:
                return prefix + quote + new + quote
        return value

    @staticmethod
    def _make_unicode(value: str) -> str:
        prefix, quote, body = _split(value)
        if "r" in prefix:
            return "u" + quote + _raw_to_plain(body, keep_unicode_escapes=False) + quote
        return "u" + quote + body + quote
