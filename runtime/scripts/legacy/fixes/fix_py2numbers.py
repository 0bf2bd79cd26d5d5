"""Number literals: ``0777`` -> ``0o777``; ``10L`` -> ``_long_(10)`` (the compiler turns the
marker into a hoisted ``long`` constant; a plain ``10`` would lose Jython's ``long`` type)."""
from __future__ import annotations

from fissix import fixer_base
from fissix.fixer_util import Number
from fissix.pgen2 import token

from runtime.scripts.legacy.fixes import text_leaf


def _octal(value: str) -> str:
    if value.startswith("0") and value.isdigit() and len(value) > 1:
        return "0o" + (value.lstrip("0") or "0")
    return value


class FixPy2Numbers(fixer_base.BaseFix):
    _accept_type = token.NUMBER

    def match(self, node):
        value = node.value
        return value[-1] in "Ll" or (value.startswith("0") and value.isdigit() and len(value) > 1)

    def transform(self, node, results):
        value = node.value
        if value[-1] in "Ll":
            return text_leaf(f"_long_({_octal(value[:-1])})", prefix=node.prefix)
        return Number(_octal(value), prefix=node.prefix)
