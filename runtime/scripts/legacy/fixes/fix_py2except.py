"""``except E, e:`` -> ``except E as e:`` without adding a line.

For a target that is not a name (``except E, (code, text):``, ``except E, self.err:``) fissix
inserts ``target = tmp.args`` as a new line; here the exception is bound to ``_exc_argN`` and
the assignment runs on the line of the handler's first statement. When that statement is
compound, the target rides along as a marker in the exception type,
``except (E, '<target>') as _exc_argN:`` (never valid in Python 2, so it cannot come from user
code), and shim's compiler inserts the assignment at the ``except`` line.
"""
from __future__ import annotations

from fissix import pytree
from fissix.fixer_util import is_list, is_tuple
from fissix.fixes.fix_except import FixExcept, find_excepts
from fissix.pgen2 import token

from runtime.scripts.legacy.fixes import keep_newlines, next_leaf, one_line, put_on_first_line, text_leaf

EXC_ARG_PREFIX = "_exc_arg"


class FixPy2Except(FixExcept):
    def start_tree(self, tree, filename):
        super().start_tree(tree, filename)
        self._counter = 0

    def transform(self, node, results):
        changed = False
        for except_clause, suite in find_excepts(results["cleanup"]):
            if len(except_clause.children) != 4 or except_clause.children[2].value == "as":
                continue
            exc_type, comma, target = except_clause.children[1:4]
            comma.replace(pytree.Leaf(token.NAME, "as", prefix=" "))
            changed = True
            if target.type == token.NAME:
                if target.prefix == "":
                    target.prefix = " "
                continue
            name = f"{EXC_ARG_PREFIX}{self._counter}"
            self._counter += 1
            text = one_line(target)
            source = f"{name}.args" if is_tuple(target) or is_list(target) else name
            newlines = str(target).count("\n") - target.prefix.count("\n")
            after = next_leaf(target)
            if put_on_first_line(suite, f"{text} = {source}"):
                target.replace(text_leaf(name, prefix=" "))
            else:
                type_text = str(exc_type).strip()
                exc_type.replace(text_leaf(f"({type_text}, {text + '|' + source!r})", prefix=exc_type.prefix))
                target.replace(text_leaf(name, prefix=" "))
            keep_newlines(after, newlines)
        if changed:
            node.changed()
        return None
