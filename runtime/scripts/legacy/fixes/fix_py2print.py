"""``print`` statements -> ``print(...)`` calls (shim compiles them back to Python 2's print
statement semantics: softspace, item-by-item evaluation). Unlike fissix's fixer, ``print ()``
prints the empty tuple, as Python 2 does."""
from __future__ import annotations

from fissix.fixer_util import Call, Name
from fissix.pygram import python_symbols as syms
from fissix.fixes.fix_print import FixPrint


class FixPy2Print(FixPrint):
    def transform(self, node, results):
        if not results.get("bare") and len(node.children) == 2:
            arg = node.children[1]
            if (arg.type == syms.atom and len(arg.children) == 2
                    and arg.children[0].value == "(" and arg.children[1].value == ")"):
                empty = arg.clone()
                empty.prefix = ""
                call = Call(Name("print"), [empty])  # print () -> print(()): an empty tuple
                call.prefix = node.prefix
                return call
        return super().transform(node, results)
