"""Python 2 / Jython semantics compiled into the translated (Python 3) AST.

fissix only rewrites *syntax*. This pass makes the code *behave* as Jython 2.7 does, deciding
at compile time what needs a run-time helper, so that plain operations stay plain:

* ``print`` statements: softspace rules, items printed one by one when a later item could fail
  or print (Python 2 evaluates and writes item by item);
* ``a / b`` floors integers (``_div_``) unless ``from __future__ import division``;
* ``'fmt' % args`` with Python 2's ``str``/``repr`` of the arguments: a literal format whose
  ``%s`` arguments are ``str``/``int``/``bool``/``None`` at run time formats natively (one
  inline class check), anything else goes through ``_fmt_``;
* ``u'..'`` literals are ``unicode`` and ``10L`` / literals past 2**31-1 / constant arithmetic
  that overflows 32 bits are ``long`` (hoisted once per module, read as globals);
* dict and set *observation points* follow Jython's hash order: ``for x in <name>``,
  ``d.keys()/values()/items()/iter*()`` (lists, as in Python 2), ``list(x)``/``tuple(x)``,
  ``'sep'.join(x)``; printing is handled by ``str``/``repr`` themselves;
* list comprehensions leak their loop variable into the enclosing scope (when the scope reads
  that name elsewhere), as in Python 2;
* ``except E, e`` binds ``e`` with Jython's message wording and keeps it bound after the handler;
  ``e.message`` works on exceptions; every handler keeps its exception in ``__shim_exc__`` so
  ``sys.exc_info()`` still gives it after the handler, until the function returns, as in Python 2;
* list comprehensions in a class body run in the class scope (``_ClassComprehensions``);
* ordering comparisons with a ``None``/string/container literal operand use Python 2's
  mixed-type order; ``x.sort(cmp)``, ``s.decode()``, ``s.encode()``, ``s.translate(None, d)``
  keep their Python 2 meaning;
* the markers left by shim's fixers (``_long_(n)``, ``_raise_(E, V)``, tuple parameters and
  except targets that had no room on their line) become real code.

Every node this pass creates is marked (``GENERATED``); the sandbox transformer, which runs next
and refuses reserved names such as ``_div_`` in user code, trusts the marked names only.
"""
from __future__ import annotations

import ast
import builtins
import copy
from collections import Counter
from typing import Any

from _string import formatter_parser as _formatter_parser

from runtime.emulated.stdlib._frames import HELD_EXCEPTION
from runtime.scripts.legacy.py2types import format_guarded

GENERATED = "_shim_generated"
_INT_MIN, _INT_MAX = -0x80000000, 0x7FFFFFFF

#: Builtin calls whose result iterates in a defined order (no ``_it_`` wrapping needed).
_ORDERED_CALLS = frozenset({
    "range", "xrange", "enumerate", "zip", "sorted", "reversed", "map", "filter", "list",
    "tuple", "iter",
})
_ORDERED_METHODS = frozenset({"split", "rsplit", "splitlines", "findall", "readlines"})
_HELPERS_ORDERED = frozenset({
    "_keys_", "_values_", "_items_", "_iterkeys_", "_itervalues_", "_iteritems_", "_list_",
    "_tuple_", "_it_",
})
_DICT_METHODS = {
    "keys": "_keys_", "values": "_values_", "items": "_items_", "iterkeys": "_iterkeys_",
    "itervalues": "_itervalues_", "iteritems": "_iteritems_", "viewkeys": "_vkeys_",
    "viewvalues": "_vvalues_", "viewitems": "_vitems_",
}
_LITERAL_STR_METHODS = frozenset({
    "split", "rsplit", "replace", "strip", "lstrip", "rstrip", "partition", "rpartition",
})
#: ``str`` methods whose answer differs past ASCII: Python 2's (and Jython's) byte strings know
#: letters, case and whitespace in ASCII only (``'\xa0x'.strip()`` keeps its no-break space,
#: ``'a\x1cb'.split()`` is one word); calls of these without arguments go to ``_bstr_``
#: (``py2bytes.bytes_method``) when the receiver is a byte string holding other characters.
BYTE_TEXT_METHODS: frozenset[str] = frozenset({
    "upper", "lower", "title", "capitalize", "swapcase", "isalpha", "isalnum", "isupper",
    "islower", "isdigit", "isspace", "istitle", "strip", "lstrip", "rstrip", "split", "rsplit",
    "splitlines",
})
_COMPARE_HELPERS = {ast.Lt: "_lt_", ast.LtE: "_le_", ast.Gt: "_gt_", ast.GtE: "_ge_"}
_TEXT_HELPERS = {ast.Eq: "_teq_", ast.NotEq: "_teq_", ast.In: "_tin_", ast.NotIn: "_tin_"}


def gen(node: ast.AST) -> ast.AST:
    """Mark ``node`` as created by shim (its reserved names are trusted by the sandbox)."""
    setattr(node, GENERATED, True)
    return node


def is_generated(node: ast.AST) -> bool:
    return getattr(node, GENERATED, False)


def gname(name: str, ctx: type = ast.Load) -> ast.Name:
    return gen(ast.Name(id=name, ctx=ctx()))


def gcall(name: str, *args: ast.expr, keywords: list | None = None) -> ast.Call:
    return ast.Call(func=gname(name), args=list(args), keywords=keywords or [])


def _located(new: ast.AST, old: ast.AST) -> ast.AST:
    ast.copy_location(new, old)
    for child in ast.walk(new):
        if "lineno" in child._attributes and not hasattr(child, "lineno"):
            ast.copy_location(child, old)
    return new


def _is_str_const(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is str


def _is_simple(node: ast.AST) -> bool:
    """Safe to evaluate twice (no side effects, no errors past a NameError)."""
    return isinstance(node, (ast.Name, ast.Constant))


class Py2Semantics(ast.NodeTransformer):
    """The pass (see the module docstring). ``run(tree)`` transforms a module in place."""

    def __init__(self, true_division: bool = False) -> None:
        self.features: set[str] = {"division"} if true_division else set()
        self._consts: dict[tuple, str] = {}
        self._unicode_consts: set[str] = set()
        self._non_ascii_consts: set[str] = set()  # the unicode ones past ASCII
        self._const_defs: list[tuple[str, str, Any]] = []
        self._counter = 0
        self._bound: set[str] = set()
        self._scope_names: list[Counter] = []
        self._scope_kinds: list[str] = []
        self._no_walrus = 0

    # -- driver -----------------------------------------------------------------------------

    def run(self, tree: ast.Module) -> ast.Module:
        self._strip_futures(tree)
        self._bound = _bound_names(tree)
        self._mark_docstrings(tree)
        self._scope_names.append(_name_counts(tree))
        self._scope_kinds.append("module")
        tree = self.generic_visit(tree)
        self._scope_names.pop()
        self._scope_kinds.pop()
        if self._const_defs:
            position = 1 if tree.body and _is_docstring(tree.body[0]) else 0
            anchor = tree.body[position] if position < len(tree.body) else tree.body[-1]
            for name, helper, value in reversed(self._const_defs):
                assign = ast.Assign(targets=[gname(name, ast.Store)],
                                    value=gcall(helper, ast.Constant(value)))
                tree.body.insert(position, _located(assign, anchor))
        ast.fix_missing_locations(tree)
        return tree

    @property
    def true_division(self) -> bool:
        return "division" in self.features

    def _temp(self, stem: str) -> str:
        self._counter += 1
        return f"_{stem}{self._counter}_"

    def _strip_futures(self, tree: ast.Module) -> None:
        """Record ``from __future__ import ...`` (module top, or the top of a handler body that
        the compiler wrapped in a function) and drop the import: it would import at run time."""
        bodies = [tree.body]
        if tree.body and isinstance(tree.body[0], ast.FunctionDef):
            bodies.append(tree.body[0].body)
        for body in bodies:
            for i, stmt in enumerate(body):
                if isinstance(stmt, ast.ImportFrom) and stmt.module == "__future__":
                    self.features.update(alias.name for alias in stmt.names)
                    body[i] = ast.copy_location(ast.Pass(), stmt)
                elif not (isinstance(stmt, ast.Expr) and _is_str_const(stmt.value)) and not isinstance(stmt, ast.Pass):
                    break

    def _mark_docstrings(self, tree: ast.AST) -> None:
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body:
                if _is_docstring(node.body[0]):
                    node.body[0].value._shim_docstring = True

    # -- constants --------------------------------------------------------------------------

    def _hoist(self, helper: str, value: Any, node: ast.AST) -> ast.Name:
        key = (helper, type(value), value)
        name = self._consts.get(key)
        if name is None:
            name = f"_c{len(self._consts)}_"
            self._consts[key] = name
            self._const_defs.append((name, helper, value))
        return ast.copy_location(gname(name), node)

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if type(value) is str:
            if getattr(node, "_shim_docstring", False):
                return node
            if node.kind == "u":  # (under unicode_literals the fixer wrote the u)
                name = self._hoist("_unicode_", value, node)
                self._unicode_consts.add(name.id)
                if not value.isascii():
                    self._non_ascii_consts.add(name.id)
                return name
            return node
        if type(value) is int and not _INT_MIN <= value <= _INT_MAX:
            return self._hoist("_long_", value, node)
        return node

    def _fold(self, node: ast.AST) -> tuple[int, bool] | None:
        """Constant integer arithmetic with Jython's int/long typing: (value, is_long)."""
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return node.value, not _INT_MIN <= node.value <= _INT_MAX
        if _is_long_marker(node):
            return node.args[0].value, True
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd, ast.Invert)):
            inner = self._fold(node.operand)
            if inner is None:
                return None
            v = inner[0]
            v = -v if isinstance(node.op, ast.USub) else (~v if isinstance(node.op, ast.Invert) else v)
            return v, inner[1] or not _INT_MIN <= v <= _INT_MAX
        if isinstance(node, ast.BinOp):
            left, right = self._fold(node.left), self._fold(node.right)
            if left is None or right is None:
                return None
            a, b = left[0], right[0]
            op = type(node.op)
            try:
                if op is ast.Add:
                    v = a + b
                elif op is ast.Sub:
                    v = a - b
                elif op is ast.Mult:
                    if abs(a).bit_length() + abs(b).bit_length() > 256:
                        return None
                    v = a * b
                elif op is ast.FloorDiv or (op is ast.Div and not self.true_division):
                    v = a // b
                elif op is ast.Mod:
                    v = a % b
                elif op is ast.Pow:
                    if b < 0 or b > 256 or abs(a).bit_length() * b > 256:
                        return None
                    v = a ** b
                elif op is ast.LShift:
                    if b < 0 or b > 128:
                        return None
                    v = a << b
                elif op is ast.RShift:
                    v = a >> b
                elif op is ast.BitAnd:
                    v = a & b
                elif op is ast.BitOr:
                    v = a | b
                elif op is ast.BitXor:
                    v = a ^ b
                else:
                    return None
            except (ZeroDivisionError, ValueError, OverflowError):
                return None
            return v, left[1] or right[1] or not _INT_MIN <= v <= _INT_MAX
        return None

    def _folded(self, node: ast.AST) -> ast.AST | None:
        folded = self._fold(node)
        if folded is None:
            return None
        value, is_long = folded
        if is_long:
            return self._hoist("_long_", value, node)
        return ast.copy_location(ast.Constant(value), node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        folded = self._folded(node)
        if folded is not None:
            return folded
        return self.generic_visit(node)

    # -- arithmetic -------------------------------------------------------------------------

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        folded = self._folded(node)
        if folded is not None:
            return folded
        raw_left = node.left
        node = self.generic_visit(node)
        if isinstance(node.op, ast.Div) and not self.true_division:
            return _located(gcall("_div_", node.left, node.right), node)
        if isinstance(node.op, ast.Mod):
            return self._mod(node, raw_left)
        return node

    def _mod(self, node: ast.BinOp, raw_left: ast.AST) -> ast.AST:
        left, right = node.left, node.right
        literal = _is_str_const(left) or (isinstance(left, ast.Name) and is_generated(left)
                                          and left.id.startswith("_c") and _is_unicode_const(raw_left, self))
        if literal:
            return self._format(node, left, right, raw_left)
        if (isinstance(left, ast.Constant) and not _is_huge_int(left)) or \
                (isinstance(right, ast.Constant) and type(right.value) in (int, float) and not _is_huge_int(right)):
            return node  # numeric modulo (or a literal left operand that is not a string)
        if isinstance(left, ast.Name) and _is_simple(right):
            # (a % b) if both are ints and b is below 2**64 (linear in a's size) else _mod_(a, b):
            # plain speed for integer modulo; a huge divisor costs a quadratic division in C,
            # which _mod_ checks (runtime.core.budget.check_division)
            word = 1 << 64
            check = ast.BoolOp(op=ast.And(), values=[
                ast.Compare(left=_class_of(left), ops=[ast.Is()], comparators=[gname("_int_type_")]),
                ast.Compare(left=_class_of(copy.deepcopy(right)), ops=[ast.Is()], comparators=[gname("_int_type_")]),
                ast.Compare(left=ast.Constant(-word), ops=[ast.Lt(), ast.Lt()],
                            comparators=[copy.deepcopy(right), ast.Constant(word)])])
            return _located(ast.IfExp(test=check, body=node, orelse=gcall("_mod_", copy.deepcopy(left),
                                                                               copy.deepcopy(right))), node)
        return _located(gcall("_mod_", left, right), node)

    def _format(self, node: ast.BinOp, fmt: ast.expr, args: ast.expr, raw_fmt: ast.AST) -> ast.AST:
        """``'fmt' % args``: native when every ``%s`` argument is a str/int/bool/None."""
        text = raw_fmt.value if isinstance(raw_fmt, ast.Constant) else None
        specs = _format_specs(text) if isinstance(text, str) and not _is_unicode_const(raw_fmt, self) else None
        if specs is None:
            return _located(gcall("_fmt_", fmt, args), node)
        if not specs:
            return node
        if any(spec in ("key", "*", "r") for spec in specs):
            return _located(gcall("_fmt_", fmt, args), node)
        if isinstance(args, ast.Tuple) and not any(isinstance(e, ast.Starred) for e in args.elts):
            values = args.elts
            if len(values) != len(specs):
                return _located(gcall("_fmt_", fmt, args), node)
        elif len(specs) == 1:
            values = [args]
        else:
            return _located(gcall("_fmt_", fmt, args), node)
        checked = [v for v, spec in zip(values, specs) if spec == "s" and not _native_constant(v)]
        if not checked:
            return node
        if all(_is_simple(v) for v in checked):
            test = _all_native(checked)
            return _located(ast.IfExp(test=test, body=node, orelse=gcall("_fmt_", copy.deepcopy(fmt),
                                                                              copy.deepcopy(args))), node)
        if self._no_walrus:
            return _located(gcall("_fmt_", fmt, args), node)
        temp = self._temp("ft")
        packed = ast.NamedExpr(target=gname(temp, ast.Store), value=ast.Tuple(elts=list(values), ctx=ast.Load()))
        indices = [i for i, (v, spec) in enumerate(zip(values, specs)) if spec == "s" and not _native_constant(v)]
        checks = []
        for n, i in enumerate(indices):
            base = packed if n == 0 else gname(temp)
            item = ast.Subscript(value=base, slice=ast.Constant(i), ctx=ast.Load())
            checks.append(_native_check(item))
        test = checks[0] if len(checks) == 1 else ast.BoolOp(op=ast.And(), values=checks)
        if isinstance(args, ast.Tuple) and _only_percent_s(text):  # CPython compiles it as an f-string
            right = ast.Tuple(elts=[ast.Subscript(value=gname(temp), slice=ast.Constant(i), ctx=ast.Load())
                                    for i in range(len(values))], ctx=ast.Load())
        elif isinstance(args, ast.Tuple):
            right = gname(temp)
        else:
            right = ast.Subscript(value=gname(temp), slice=ast.Constant(0), ctx=ast.Load())
        native = ast.BinOp(left=copy.deepcopy(fmt), op=ast.Mod(), right=right)
        fallback = gcall("_fmt_", copy.deepcopy(fmt), gname(temp) if isinstance(args, ast.Tuple) else ast.Subscript(
            value=gname(temp), slice=ast.Constant(0), ctx=ast.Load()))
        return _located(ast.IfExp(test=test, body=native, orelse=fallback), node)

    def _literal_format(self, node: ast.Call, text: ast.Constant, starred: bool) -> ast.AST:
        """``'literal'.format(...)`` whose literal has no ``{0.x}``/``{0[k]}`` field (it reads
        nothing, so the method need not be read through the guard): native when each argument
        a field formats is a str/int/None (or a float where every field of it has an
        explicit float type, ``{2:.2f}``) at run time, one inline class check each as for
        ``%``; otherwise (named or nested fields, conversions, ``*args``) Python 2's formatting
        in one call, ``_lfmt_``."""
        fallback = _located(gcall("_lfmt_", text, *node.args, keywords=node.keywords), node)
        kinds = None if starred or node.keywords or self._no_walrus else _format_fields(text.value)
        if not kinds or max(kinds) >= len(node.args):
            return fallback
        temp = self._temp("ft")
        packed = ast.NamedExpr(target=gname(temp, ast.Store), value=ast.Tuple(elts=list(node.args), ctx=ast.Load()))
        checks = []
        for n, (index, typed) in enumerate(sorted(kinds.items())):  # the first builds the tuple
            item = ast.Subscript(value=packed if n == 0 else gname(temp), slice=ast.Constant(index), ctx=ast.Load())
            check = _native_check(item)
            check.comparators = [gname("_fnfok_" if typed else "_fnok_")]
            checks.append(check)
        test = checks[0] if len(checks) == 1 else ast.BoolOp(op=ast.And(), values=checks)
        method = gen(ast.Attribute(value=text, attr="format", ctx=ast.Load()))
        native = ast.Call(func=method, args=[ast.Starred(value=gname(temp), ctx=ast.Load())], keywords=[])
        slow = gcall("_lfmt_", copy.deepcopy(text), ast.Starred(value=gname(temp), ctx=ast.Load()))
        return _located(ast.IfExp(test=test, body=native, orelse=slow), node)

    def visit_AugAssign(self, node: ast.AugAssign) -> Any:
        op = type(node.op)
        if not ((op is ast.Div and not self.true_division) or op is ast.Mod):
            return self.generic_visit(node)
        node = self.generic_visit(node)
        helper = "_div_" if op is ast.Div else "_mod_"
        target = node.target
        prelude: list[ast.stmt] = []
        if isinstance(target, ast.Attribute) and not _is_simple(target.value):
            temp = self._temp("aug")
            prelude.append(ast.Assign(targets=[gname(temp, ast.Store)], value=target.value))
            target = ast.Attribute(value=gname(temp), attr=target.attr, ctx=ast.Store())
        elif isinstance(target, ast.Subscript):
            value, index = target.value, target.slice
            if not _is_simple(value):
                temp = self._temp("aug")
                prelude.append(ast.Assign(targets=[gname(temp, ast.Store)], value=value))
                value = gname(temp)
            if not _is_simple(index) and not isinstance(index, ast.Slice):
                temp = self._temp("aug")
                prelude.append(ast.Assign(targets=[gname(temp, ast.Store)], value=index))
                index = gname(temp)
            target = ast.Subscript(value=value, slice=index, ctx=ast.Store())
        load = _as_load(target)
        assign = ast.Assign(targets=[target], value=gcall(helper, load, node.value))
        return [_located(stmt, node) for stmt in prelude + [assign]]

    # -- comparisons ------------------------------------------------------------------------

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        """``<``/``<=``/``>``/``>=`` order any two values as Python 2 does (``None < 1``,
        ``value > 100`` with a None value is False, numbers before strings, other types by
        name), so every ordering comparison whose operands are not both literals goes through
        a helper that tries the native comparison first. A chain ``a < b < c`` evaluates ``b``
        once and stops at the first false link, as Python does."""
        node = self.generic_visit(node)
        if len(node.ops) == 1 and type(node.ops[0]) in (ast.Is, ast.IsNot):
            return self._identity(node)
        if len(node.ops) == 1 and type(node.ops[0]) in _TEXT_HELPERS and (
                self._non_ascii_literal(node.left) or self._non_ascii_literal(node.comparators[0])):
            op = type(node.ops[0])
            test = gcall(_TEXT_HELPERS[op], node.left, node.comparators[0])
            if op in (ast.NotEq, ast.NotIn):
                test = ast.UnaryOp(op=ast.Not(), operand=test)
            return _located(test, node)
        if not any(type(op) in _COMPARE_HELPERS for op in node.ops):
            return node
        operands = [node.left, *node.comparators]
        if all(isinstance(x, ast.Constant) and not self._mixed_literal(x) for x in operands):
            return node
        if len(node.ops) == 1:
            return _located(self._compare(node.ops[0], node.left, node.comparators[0]), node)
        links: list[ast.expr] = []
        left = node.left
        for index, (op, right) in enumerate(zip(node.ops, node.comparators)):
            if index < len(node.comparators) - 1 and not isinstance(right, (ast.Constant, ast.Name)):
                if self._no_walrus:  # (a comprehension in a class body): evaluate as Python 3 does
                    return node
                temp = self._temp("cmp")
                right = ast.NamedExpr(target=gname(temp, ast.Store), value=right)
                links.append(self._compare(op, left, right))
                left = gname(temp)
            else:
                links.append(self._compare(op, left, right))
                left = right
        return _located(ast.BoolOp(op=ast.And(), values=links), node)

    def _identity(self, node: ast.Compare) -> ast.expr:
        """``x is 'abc'``: Jython makes a new string object each time a string literal is
        evaluated, so ``'abc' is 'abc'`` and ``name is 'Running'`` are False there (CPython
        interns them: True). The other operand is still evaluated once, as
        ``(x and False) or False`` (``is not``: ``... True``)."""
        left, right = node.left, node.comparators[0]
        if self._text_literal(right):
            other = left
        elif self._text_literal(left):
            other = right
        else:
            return node
        answer = ast.Constant(type(node.ops[0]) is ast.IsNot)
        return _located(ast.BoolOp(op=ast.Or(), values=[
            ast.BoolOp(op=ast.And(), values=[other, answer]), copy.deepcopy(answer)]), node)

    def _non_ascii_literal(self, node: ast.expr) -> bool:
        """A text literal past ASCII: ``==``/``in`` against it follows Python 2's byte string
        vs unicode rule (``py2types.py2_text_equal``); other comparisons stay native."""
        if isinstance(node, ast.Name):
            return is_generated(node) and node.id in self._non_ascii_consts
        return _is_str_const(node) and not node.value.isascii()

    def _text_literal(self, node: ast.expr) -> bool:
        if isinstance(node, ast.Name):
            return is_generated(node) and node.id in self._unicode_consts
        return _is_str_const(node)

    @staticmethod
    def _compare(op: ast.cmpop, left: ast.expr, right: ast.expr) -> ast.expr:
        helper = _COMPARE_HELPERS.get(type(op))
        if helper is None:
            return ast.Compare(left=left, ops=[op], comparators=[right])
        return gcall(helper, left, right)

    def _mixed_literal(self, node: ast.expr) -> bool:
        """A literal whose type Python 3 refuses to order against numbers or other types."""
        if isinstance(node, ast.Constant):
            return node.value is None or isinstance(node.value, (str, bytes))
        if isinstance(node, ast.Name) and is_generated(node) and node.id in self._unicode_consts:
            return True
        return isinstance(node, (ast.List, ast.Tuple, ast.Dict, ast.Set))

    # -- calls ------------------------------------------------------------------------------

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if _is_long_marker(node):
            return self._hoist("_long_", node.args[0].value, node)
        node = self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Name):
            if func.id in ("str", "int") and func.id not in self._bound and len(node.args) == 1 \
                    and not node.keywords and not isinstance(node.args[0], ast.Starred):
                return _located(gcall(f"_{func.id}_", node.args[0]), node)  # skip the type's call
            if func.id in ("list", "tuple") and func.id not in self._bound and len(node.args) == 1 \
                    and not node.keywords and not isinstance(node.args[0], ast.Starred) \
                    and not _ordered_expr(node.args[0], self._bound):
                return _located(gcall(f"_{func.id}_", node.args[0]), node)
            return node
        if not isinstance(func, ast.Attribute):
            return node
        name = func.attr
        starred = any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords)
        receiver = func.value
        if name in _DICT_METHODS and not node.args and not node.keywords:
            return _located(gcall(_DICT_METHODS[name], receiver), node)
        if name == "format" and _is_str_const(receiver) and not format_guarded(receiver.value):
            return self._literal_format(node, receiver, starred)
        if starred:
            return node
        if name == "sort":
            return _located(gcall("_sort_", receiver, *node.args, keywords=node.keywords), node)
        if name in ("decode", "encode", "translate") and not node.keywords:
            return _located(gcall(f"_{name}_", receiver, *node.args), node)
        if name == "join" and len(node.args) == 1 and not node.keywords and not (
                isinstance(receiver, ast.Name) and is_generated(receiver)):
            # any separator: a byte string joining unicode parts gives unicode, as in Python 2
            return _located(gcall("_join_", receiver, node.args[0]), node)
        if _is_str_const(receiver) and not node.keywords:
            if name in _LITERAL_STR_METHODS and node.args and not all(_is_str_const(a) for a in node.args):
                return _located(gcall("_strm_", receiver, ast.Constant(name), *node.args), node)
        if name in BYTE_TEXT_METHODS and not node.args and not node.keywords:
            return self._bytes_method(node, receiver, name)
        return node

    def _bytes_method(self, node: ast.Call, receiver: ast.expr, name: str) -> ast.AST:
        """``s.lower()``, ``s.isalpha()`` ... with Python 2's byte-string rules
        (``py2bytes.bytes_method``) when ``s`` is a ``str`` holding characters past ASCII; any
        other receiver, an ASCII ``str`` included, runs its own method after one class check and
        one ``isascii()``: ``(_bstr_(s, 'lower') if s.__class__ is _str_type_ and not
        s.isascii() else s.lower())``."""
        args = node.args
        if isinstance(receiver, ast.Constant):
            if not (type(receiver.value) is str and not receiver.value.isascii()):
                return node
            return _located(gcall("_bstr_", receiver, ast.Constant(name), *args), node)
        if isinstance(receiver, ast.Name) and is_generated(receiver) and receiver.id in self._unicode_consts:
            return node
        if not isinstance(receiver, ast.Name) and (self._no_walrus or self._scope_kinds[-1] == "class"):
            return _located(gcall("_bstr_", receiver, ast.Constant(name), *args), node)
        if isinstance(receiver, ast.Name):
            first, again = receiver, copy.deepcopy(receiver)
        else:
            temp = self._temp("bs")
            first, again = ast.NamedExpr(target=gname(temp, ast.Store), value=receiver), gname(temp)
        test = ast.BoolOp(op=ast.And(), values=[
            ast.Compare(left=gen(ast.Attribute(value=first, attr="__class__", ctx=ast.Load())),
                        ops=[ast.Is()], comparators=[gname("_str_type_")]),
            ast.UnaryOp(op=ast.Not(), operand=ast.Call(
                func=ast.Attribute(value=copy.deepcopy(again), attr="isascii", ctx=ast.Load()),
                args=[], keywords=[]))])
        node.func.value = copy.deepcopy(again)
        helper = gcall("_bstr_", copy.deepcopy(again), ast.Constant(name), *copy.deepcopy(args))
        return _located(ast.IfExp(test=test, body=helper, orelse=node), node)

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        node = self.generic_visit(node)
        if node.attr == "message" and isinstance(node.ctx, ast.Load):
            return _located(gcall("_message_", node.value), node)
        return node

    def visit_Raise(self, node: ast.Raise) -> ast.AST:
        exc = node.exc
        call = exc
        if (isinstance(exc, ast.Call) and isinstance(exc.func, ast.Attribute)
                and exc.func.attr == "with_traceback" and isinstance(exc.func.value, ast.Call)):
            call = exc.func.value
        if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "_raise_"
                and len(call.args) == 2 and not call.keywords):
            gen(call.func)
        return self.generic_visit(node)

    # -- print statements -------------------------------------------------------------------

    def visit_Expr(self, node: ast.Expr) -> Any:
        call = node.value
        if ("print_function" not in self.features and isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name) and call.func.id == "print"
                and not is_generated(call.func)):
            return self._print(node, call)
        return self.generic_visit(node)

    def _print(self, stmt: ast.Expr, call: ast.Call) -> Any:
        items = [self.visit(arg) for arg in call.args]
        comma = stream = None
        for keyword in call.keywords:
            if keyword.arg == "end":
                comma = True
            elif keyword.arg == "file":
                stream = self.visit(keyword.value)
        if stream is not None:
            out = gcall("_pf_", stream, ast.Tuple(elts=items, ctx=ast.Load()), ast.Constant(bool(comma)))
            return _located(ast.Expr(value=out), stmt)
        if len(items) <= 1 or all(_is_simple(item) for item in items[1:]):
            out = gcall("_pc_" if comma else "_p_", *items)
            return _located(ast.Expr(value=out), stmt)
        # Python 2 writes each item as soon as it is evaluated: a later item that fails (or
        # prints) finds the earlier ones already written
        statements = [ast.Expr(value=gcall("_pi_", item)) for item in items]
        if not comma:
            statements.append(ast.Expr(value=gcall("_pn_")))
        return [_located(s, stmt) for s in statements]

    # -- iteration order --------------------------------------------------------------------

    def _ordered_iter(self, iterable: ast.expr) -> ast.expr:
        if _ordered_expr(iterable, self._bound):
            return iterable
        return _located(gcall("_it_", iterable), iterable)

    def visit_For(self, node: ast.For) -> ast.AST:
        node = self.generic_visit(node)
        node.iter = self._ordered_iter(node.iter)
        return node

    def visit_comprehension(self, node: ast.comprehension) -> ast.AST:
        self._no_walrus += 1
        try:
            node.iter = self.visit(node.iter)
        finally:
            self._no_walrus -= 1
        node.target = self.visit(node.target)
        node.ifs = [self.visit(test) for test in node.ifs]
        node.iter = self._ordered_iter(node.iter)
        return node

    def _comprehension(self, node: ast.AST) -> ast.AST:
        in_class = self._scope_kinds and self._scope_kinds[-1] == "class"
        if in_class:  # a walrus in a comprehension in a class body is a SyntaxError
            self._no_walrus += 1
        try:
            return self.generic_visit(node)
        finally:
            if in_class:
                self._no_walrus -= 1

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> ast.AST:
        return self._comprehension(node)

    def visit_SetComp(self, node: ast.SetComp) -> ast.AST:
        return self._comprehension(node)

    def visit_DictComp(self, node: ast.DictComp) -> ast.AST:
        return self._comprehension(node)

    def visit_ListComp(self, node: ast.ListComp) -> ast.AST:
        leak = self._leaked_names(node)
        node = self._comprehension(node)
        if leak:
            for generator in node.generators:
                names = [n for n in ast.walk(generator.target) if isinstance(n, ast.Name)]
                if not names or not all(isinstance(t, (ast.Name, ast.Tuple, ast.List))
                                        for t in ast.walk(generator.target) if isinstance(t, ast.expr)
                                        and not isinstance(t, ast.Name)):
                    continue
                binds = []
                for name in names:
                    if name.id not in leak:
                        continue
                    temp = self._temp("lc")
                    user = name.id
                    name.id = temp
                    gen(name)
                    walrus = ast.NamedExpr(target=gname(user, ast.Store), value=gname(temp))
                    binds.append(ast.Compare(left=walrus, ops=[ast.Is()], comparators=[gname(temp)]))
                generator.ifs[0:0] = [_located(b, node) for b in binds]
        return node

    def _leaked_names(self, node: ast.ListComp) -> set[str]:
        """Loop variables of ``node`` its scope uses elsewhere (Python 2 leaks them there)."""
        if self._no_walrus or not self._scope_names or self._scope_kinds[-1] == "class":
            return set()
        targets = {n.id for g in node.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)}
        if not targets:
            return set()
        inside = Counter(n.id for n in ast.walk(node) if isinstance(n, ast.Name))
        scope = self._scope_names[-1]
        return {t for t in targets if scope[t] > inside[t]}

    # -- scopes, definitions ----------------------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self._tuple_parameters(node)
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.args = self.visit(node.args)
        self._scope_names.append(_name_counts(node))
        self._scope_kinds.append("function")
        saved, self._no_walrus = self._no_walrus, 0
        try:
            node.body = self._visit_body(node.body)
        finally:
            self._no_walrus = saved
            self._scope_names.pop()
            self._scope_kinds.pop()
        return node

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        self._scope_kinds.append("function")
        try:
            return self.generic_visit(node)
        finally:
            self._scope_kinds.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        node.bases = [self.visit(b) for b in node.bases]
        node.keywords = [self.visit(k) for k in node.keywords]
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.body = _ClassComprehensions(node.body, self._temp).body
        self._scope_kinds.append("class")
        try:
            node.body = self._visit_body(node.body)
        finally:
            self._scope_kinds.pop()
        return node

    def _visit_body(self, body: list) -> list:
        out: list = []
        for stmt in body:
            result = self.visit(stmt)
            if result is None:
                continue
            if isinstance(result, list):
                out.extend(result)
            else:
                out.append(result)
        return out or [ast.Pass()]

    def _tuple_parameters(self, node: ast.FunctionDef) -> None:
        """Unpack ``_tuple_argN: '(a, b)'`` parameters (fixer markers) at the def line."""
        unpack = []
        for arg in node.args.args + node.args.posonlyargs:
            if (arg.arg.startswith("_tuple_arg") and arg.annotation is not None
                    and _is_str_const(arg.annotation)):
                target = _parse_target(arg.annotation.value, allow_attributes=False)
                arg.annotation = None
                assign = ast.Assign(targets=[target], value=ast.Name(id=arg.arg, ctx=ast.Load()))
                unpack.append(_located(assign, node))
        node.body[0:0] = unpack

    # -- exceptions -------------------------------------------------------------------------

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> ast.AST:
        prelude: list[ast.stmt] = []
        if (node.name and node.name.startswith("_exc_arg") and isinstance(node.type, ast.Tuple)
                and node.type.elts and _is_str_const(node.type.elts[-1])):
            target_text, _, source_text = node.type.elts[-1].value.rpartition("|")
            elts = node.type.elts[:-1]
            node.type = elts[0] if len(elts) == 1 else ast.Tuple(elts=elts, ctx=ast.Load())
            target = _parse_target(target_text, allow_attributes=True)
            source = ast.parse(source_text, mode="eval").body
            if not (isinstance(source, ast.Name) and source.id == node.name) and not (
                    isinstance(source, ast.Attribute) and source.attr == "args"
                    and isinstance(source.value, ast.Name) and source.value.id == node.name):
                raise SyntaxError("invalid except target")
            prelude.append(ast.Assign(targets=[target], value=source))
        node = self.generic_visit(node)
        node.type = _catchable(node.type)
        if not self._scope_kinds or self._scope_kinds[-1] != "class":
            # Python 2 keeps the handled exception for sys.exc_info()/traceback.format_exc()
            # after the handler, until the function returns (runtime.emulated.stdlib._frames)
            held = ast.Assign(targets=[gname(HELD_EXCEPTION, ast.Store)], value=gcall("_held_"))
            node.body.insert(0, _located(held, node.body[0] if node.body else node))
        if node.name:
            if node.name.startswith("_exc_arg"):
                first = ast.Expr(value=gcall("_exc_", ast.Name(id=node.name, ctx=ast.Load())))
            else:
                user = node.name
                node.name = self._temp("ex")
                gen(node)
                first = ast.Assign(targets=[ast.Name(id=user, ctx=ast.Store())],
                                   value=gcall("_exc_", gname(node.name)))
            node.body[0:0] = [_located(s, node) for s in [first] + prelude]
        return node


class _ClassComprehensions:
    """Python 2 runs a list comprehension in a class body *in the class scope*: it sees the class's
    names (``STARTS = [h * HOURS for h in range(3)]``) and leaves its loop variable there; Python 3
    gives it a function scope of its own, where ``HOURS`` is a NameError. So a class body's list
    comprehension becomes the loop it was in Python 2, run just before its statement
    (``_lcN_ = []``, ``for`` ... ``_lcN_.append(elt)``, the statement with ``_lcN_`` in its place,
    ``del _lcN_``), where it is evaluated unconditionally (not in a lambda, in a branch of
    ``x if c else y`` or past the first operand of ``and``/``or``: those keep Python 3's scope).
    Generator expressions and dict/set comprehensions have their own scope in Python 2 too."""

    def __init__(self, body: list, temp: Any) -> None:
        self._temp = temp
        self.body = [out for stmt in body for out in self._statement(stmt)]

    def _statement(self, stmt: ast.stmt) -> list:
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            for name, block in ast.iter_fields(stmt):
                if name in ("body", "orelse", "finalbody") and isinstance(block, list):
                    setattr(stmt, name, [out for s in block for out in self._statement(s)])
        for handler in getattr(stmt, "handlers", ()):
            handler.body = [out for s in handler.body for out in self._statement(s)]
        if not isinstance(stmt, (ast.Assign, ast.AugAssign, ast.Expr)) or stmt.value is None:
            return [stmt]
        before: list = []
        stmt.value = self._expression(stmt.value, before)
        if not before:
            return [stmt]
        temps = [s.targets[0].id for s in before if isinstance(s, ast.Assign)]
        after = ast.Delete(targets=[gname(t, ast.Del) for t in temps])
        return [_located(s, stmt) for s in before + [stmt, after]]

    def _expression(self, node: ast.expr, before: list) -> ast.expr:
        if isinstance(node, ast.ListComp):
            return self._as_loop(node, before)
        if isinstance(node, (ast.Lambda, ast.GeneratorExp, ast.DictComp, ast.SetComp)):
            return node
        if isinstance(node, ast.IfExp):
            node.test = self._expression(node.test, before)
            return node
        if isinstance(node, ast.BoolOp):
            node.values[0] = self._expression(node.values[0], before)
            return node
        for name, value in ast.iter_fields(node):
            if isinstance(value, ast.expr):
                setattr(node, name, self._expression(value, before))
            elif isinstance(value, list):
                setattr(node, name, [self._expression(v, before) if isinstance(v, ast.expr) else v
                                     for v in value])
        for kw in getattr(node, "keywords", ()):
            kw.value = self._expression(kw.value, before)
        return node

    def _as_loop(self, node: ast.ListComp, before: list) -> ast.Name:
        temp = self._temp("lc")
        append = ast.Expr(value=ast.Call(func=ast.Attribute(value=gname(temp), attr="append", ctx=ast.Load()),
                                         args=[node.elt], keywords=[]))
        body: ast.stmt = append
        for generator in reversed(node.generators):
            for test in reversed(generator.ifs):
                body = ast.If(test=test, body=[body], orelse=[])
            body = ast.For(target=generator.target, iter=generator.iter, body=[body], orelse=[])
        before.append(_located(ast.Assign(targets=[gname(temp, ast.Store)], value=ast.List(elts=[], ctx=ast.Load())),
                               node))
        before.extend(self._statement(_located(body, node)))
        return _located(gname(temp), node)


# -- helpers ------------------------------------------------------------------------------------

def _catchable(kind: ast.expr | None) -> ast.expr | None:
    """``except X`` where X may be (or hold) Python 2's ``StandardError``: the built-in errors do
    not derive from shim's StandardError class (see ``builtins.StandardError``), so the handler
    matches through ``_exct_`` (``Exception`` for StandardError, in tuples too; the host's
    ``OSError`` family for ``IOError``/``OSError``/``EnvironmentError``). An except
    expression is only evaluated while an exception is being matched: this costs nothing on the
    normal path. Built-in exception names stay as they are."""
    if kind is None or (isinstance(kind, ast.Name) and kind.id in _BUILTIN_EXCEPTIONS):
        return kind
    return _located(gcall("_exct_", kind), kind)


_BUILTIN_EXCEPTIONS = frozenset(name for name in dir(builtins) if name.endswith(("Error", "Exception"))
                                and name not in ("StandardError", "EnvironmentError", "IOError", "OSError")) | {"KeyboardInterrupt", "StopIteration",
                                                                 "SystemExit", "GeneratorExit"}


def _is_docstring(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Expr) and _is_str_const(stmt.value)


def _is_long_marker(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_long_"
            and len(node.args) == 1 and not node.keywords and isinstance(node.args[0], ast.Constant)
            and type(node.args[0].value) is int)


def _is_unicode_const(node: ast.AST, semantics: Py2Semantics) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is str and node.kind == "u"


def _is_huge_int(node: ast.Constant) -> bool:
    """An integer literal of 64 bits or more (a modulo by one may cost a long division)."""
    return type(node.value) is int and not -(1 << 64) < node.value < 1 << 64


def _class_of(node: ast.expr) -> ast.Attribute:
    return gen(ast.Attribute(value=copy.deepcopy(node), attr="__class__", ctx=ast.Load()))


def _native_check(node: ast.expr) -> ast.Compare:
    return ast.Compare(left=gen(ast.Attribute(value=node, attr="__class__", ctx=ast.Load())),
                       ops=[ast.In()], comparators=[gname("_nsok_")])


def _all_native(values: list[ast.expr]) -> ast.expr:
    checks = [_native_check(copy.deepcopy(v)) for v in values]
    return checks[0] if len(checks) == 1 else ast.BoolOp(op=ast.And(), values=checks)


def _format_fields(text: str) -> dict[int, bool] | None:
    """The positional arguments the fields of a ``str.format`` literal format, each with
    whether every field of it has an explicit float presentation type (``{0:.2f}``: a float
    prints the same in Python 2 and 3 there); None when a field is named, has a conversion
    (``!r``) or a nested field, or the text does not parse (those go through ``_lfmt_``)."""
    kinds: dict[int, bool] = {}
    auto = 0
    try:
        fields = list(_formatter_parser(text))
    except ValueError:
        return None
    for _, field, spec, conversion in fields:
        if field is None:
            continue
        if field == "":
            index, auto = auto, auto + 1
        elif field.isdigit():
            index = int(field)
        else:
            return None
        if conversion is not None or "{" in (spec or ""):
            return None
        typed = bool(spec) and spec[-1] in "eEfFgGn%"
        kinds[index] = kinds.get(index, True) and typed
    return kinds


def _native_constant(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and (type(node.value) in (str, bool, type(None)) or (
        type(node.value) is int and _INT_MIN <= node.value <= _INT_MAX))


def _only_percent_s(text: str) -> bool:
    """Whether every conversion of a %-format is a bare ``%s``: CPython 3.11 compiles
    ``'%s/%s' % (a, b)`` (a tuple display) as the f-string ``f'{a!s}/{b!s}'``, 2-3x faster than
    formatting a tuple held in a variable, so the inline path spells its tuple out."""
    from runtime.scripts.legacy.py2types import _parse_format

    pieces, _, _ = _parse_format(text)
    return all(piece.__class__ is str or (piece[0] == "s" and not any(piece[2:]))
               for piece in pieces)


def _format_specs(text: str) -> list[str] | None:
    """The conversion of each argument a %-format consumes: 's' (checked inline: %s and the
    integer/char conversions), 'r', 'n' (numeric, native),
    'key' (a mapping format), '*' (a star width); None when the format is invalid."""
    from runtime.scripts.legacy.py2types import _parse_format, too_wide

    try:
        pieces, has_key, _ = _parse_format(text)
    except ValueError:
        return None
    if has_key:
        return ["key"]
    specs = []
    for piece in pieces:
        if piece.__class__ is str:
            continue
        if piece[2] and "#" in piece[2] and piece[0] == "o":
            return None  # '%#o' is Python 2's '010': the helper formats it
        conv, _key, _flags, width, prec = piece
        if width == "*" or prec == "*" or too_wide(width) or too_wide(prec):
            return ["*"]  # the helper resolves and checks them
        if conv == "%":
            continue
        # %x/%X/%o of a float and %c of a unicode differ from Python 3: check those like %s
        specs.append("s" if conv in "sxXoc" else "r" if conv == "r" else "n")
    return specs


def _ordered_expr(node: ast.expr, bound: set[str]) -> bool:
    """True when iterating ``node`` cannot meet a dict or set (so no ``_it_`` is needed)."""
    if isinstance(node, (ast.List, ast.Tuple, ast.ListComp, ast.GeneratorExp, ast.JoinedStr)):
        return True
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            if is_generated(func) and func.id in _HELPERS_ORDERED:
                return True
            return func.id in _ORDERED_CALLS and func.id not in bound
        if isinstance(func, ast.Attribute) and func.attr in _ORDERED_METHODS:
            return True
    return False


def _as_load(target: ast.expr) -> ast.expr:
    load = copy.deepcopy(target)
    for child in ast.walk(load):
        if hasattr(child, "ctx"):
            child.ctx = ast.Load()
    return load


def _parse_target(text: str, allow_attributes: bool) -> ast.expr:
    """An assignment target from a fixer marker: names, tuples, lists (and attributes or
    subscripts for except targets), nothing else."""
    try:
        target = ast.parse(f"{text.strip()} = None").body[0].targets[0]
    except (SyntaxError, IndexError, AttributeError):
        raise SyntaxError(f"invalid target {text!r}") from None
    allowed: tuple = (ast.Name, ast.Tuple, ast.List, ast.expr_context)
    if allow_attributes:
        allowed += (ast.Attribute, ast.Subscript, ast.Constant)
    for child in ast.walk(target):
        if not isinstance(child, allowed):
            raise SyntaxError(f"invalid target {text!r}")
    return target


def _name_counts(tree: ast.AST) -> Counter:
    """How often each name is used in ``tree`` (``global x`` counts as a use: a list
    comprehension's variable then leaks into the global)."""
    counts: Counter = Counter()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            counts[node.id] += 1
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            counts.update(node.names)
    return counts


def _bound_names(tree: ast.AST) -> set[str]:
    """Every name the module binds anywhere (so ``list(...)`` is only rewritten when ``list``
    is the builtin)."""
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            bound.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).partition(".")[0])
        elif isinstance(node, (ast.Global,)):
            bound.update(node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return bound


def apply(tree: ast.Module, true_division: bool = False) -> ast.Module:
    """Compile Python 2 semantics into ``tree`` (see the module docstring)."""
    return Py2Semantics(true_division=true_division).run(tree)


__all__ = ["GENERATED", "Py2Semantics", "apply", "gen", "is_generated"]
