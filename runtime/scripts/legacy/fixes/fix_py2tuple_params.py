"""``def f((a, b), c):`` without adding a line (fissix's fixer inserts the unpacking as a new
line, which shifts every later line of the user's file).

The tuple parameter becomes ``_tuple_argN`` and ``(a, b) = _tuple_argN`` runs on the line of the
function's first statement (``x = 1`` -> ``(a, b) = _tuple_arg0; x = 1``; after a docstring, on
the docstring's last line). When the first statement is compound (``if``/``for``/``try``...),
there is no room on any line, so the parameter carries its target as an annotation,
``_tuple_arg0: "(a, b)"``, and shim's compiler inserts the unpacking at the ``def`` line (Python 2
scripts have no annotations, so the marker cannot come from user code).

``lambda (a, b): a + b`` keeps fissix's form, ``lambda a_b: a_b[0] + a_b[1]``.
"""
from __future__ import annotations

from fissix.fixer_util import syms
from fissix.fixes.fix_tuple_params import FixTupleParams

from runtime.scripts.legacy.fixes import keep_newlines, next_leaf, one_line, put_on_first_line, text_leaf

#: Parameter names the fixer generates (``_tuple_arg0`` ...); the compiler knows the prefix.
TUPLE_ARG_PREFIX = "_tuple_arg"


class FixPy2TupleParams(FixTupleParams):
    def transform(self, node, results):
        if "lambda" in results:
            args = results["args"]
            newlines = str(args).count("\n")
            after = next_leaf(args)
            super().transform_lambda(node, results)
            keep_newlines(after, newlines)
            return None
        args = results["args"]
        suite = results["suite"][0]
        tuples = []
        if args.type == syms.tfpdef:
            tuples.append(args)
        elif args.type == syms.typedargslist:
            tuples.extend(arg for arg in args.children if arg.type == syms.tfpdef)
        if not tuples:
            return None
        unpackings = []
        renames = []
        for arg in tuples:
            name = f"{TUPLE_ARG_PREFIX}{self._counter}"
            self._counter += 1
            target = one_line(arg)
            unpackings.append(f"{target} = {name}")
            renames.append((arg, name, target))
        inline = put_on_first_line(suite, "; ".join(unpackings))
        for arg, name, target in renames:
            newlines = str(arg).count("\n") - arg.prefix.count("\n")
            after = next_leaf(arg)
            text = name if inline else f"{name}: {target!r}"
            arg.replace(text_leaf(text, prefix=arg.prefix))
            keep_newlines(after, newlines)
        node.changed()
        return None

    def start_tree(self, tree, filename):
        super().start_tree(tree, filename)
        self._counter = 0
