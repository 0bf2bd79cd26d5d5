"""Our RestrictedPython transformer: the compile-time half of the policy.

RestrictedPython's stock transformer guards every attribute read, subscript, iteration and
augmented assignment at run time (4.5-8x slower than plain code on a typical handler) and refuses
what legacy code does daily (``_private`` names, ``d[k] += 1``, ``self.n += 1``, dunder methods).
This subclass decides at compile time instead:

* ``a.b`` stays a plain attribute read unless ``b`` is private, a dunder (only a readable set,
  checked at run time by ``_getattr_``), or one of ``format``/``format_map``/``mro``;
  frame-walking names are refused outright (RestrictedPython's ``INSPECT_ATTRIBUTES``);
* subscripts, iteration, unpacking, ``*args`` calls and augmented assignment compile plainly:
  every object a script can reach defends itself (proxies, facades, builtins);
* ``_private`` names are allowed; names of the form ``_x_`` (ours) and other dunders are not;
* a class may define the dunder methods in ``DEFINABLE_DUNDERS``;
* ``print`` is an ordinary builtin (it writes to the running script's context).

Before the policy, ``runtime.scripts.legacy.semantics`` compiles Jython's *semantics* into the tree
(print statements, integer ``/``, ``%`` formatting, unicode/long literals, dict order ...). The
nodes it creates are marked (``GENERATED``): only those may use reserved ``_x_`` names (its
helpers), read ``__class__`` plainly (a type check it inserts), or rename an ``except`` target.

Each relaxation has an escape test beside it in ``tests/test_sandbox_escapes.py``.
"""
from __future__ import annotations

import ast

from RestrictedPython.transformer import INSPECT_ATTRIBUTES, RestrictingNodeTransformer

from runtime.scripts.legacy import semantics

from runtime.scripts.sandbox.policy import (
    DEFINABLE_DUNDERS,
    GUARDED_ATTRIBUTES,
    READABLE_DUNDER_NAMES,
    READABLE_DUNDERS,
    RESERVED_NAME,
)


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


class ShimTransformer(RestrictingNodeTransformer):
    """Compile-time policy for shim scripts (see the module docstring)."""

    def __init__(self, *args, true_division: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.true_division = true_division
        self._class_depth = 0

    # -- names ------------------------------------------------------------------------------

    def check_name(self, node, name, allow_magic_methods=False):  # noqa: D102 (see class doc)
        if name is None or name == "_":
            return
        if _is_dunder(name):
            if allow_magic_methods and name in DEFINABLE_DUNDERS:
                return
            if name in READABLE_DUNDER_NAMES and isinstance(getattr(node, "ctx", None), ast.Load):
                return
            self.error(node, f'"{name}" is a reserved name in shim\'s sandbox')
        elif RESERVED_NAME.match(name) or name.endswith("__roles__"):
            self.error(node, f'"{name}" is a reserved name in shim\'s sandbox')
        elif name in ("printed",):
            return

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if semantics.is_generated(node):
            return node
        self.check_name(node, node.id)
        return node

    def visit_Assign(self, node: ast.Assign) -> ast.AST:
        if self._class_depth and all(isinstance(t, ast.Name) for t in node.targets):
            # class bodies may set __slots__, __doc__ ... (DEFINABLE_DUNDERS)
            for target in node.targets:
                self.check_name(target, target.id, allow_magic_methods=True)
            node.value = self.visit(node.value)
            return node
        return self.node_contents_visit(node)

    # -- attributes -------------------------------------------------------------------------

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if semantics.is_generated(node):  # ``x.__class__ in _nsok_``: a type check shim inserts
            return self.node_contents_visit(node)
        attr = node.attr
        if attr in INSPECT_ATTRIBUTES:
            self.error(node, f'"{attr}" is a restricted name, that is forbidden to access')
            return node
        node = self.node_contents_visit(node)
        if isinstance(node.ctx, ast.Load):
            if _is_dunder(attr) and attr not in READABLE_DUNDERS:
                self.error(node, f'access to attribute "{attr}" is not allowed')
                return node
            if attr.startswith("_") or attr in GUARDED_ATTRIBUTES:
                call = ast.Call(
                    func=ast.Name("_getattr_", ast.Load()),
                    args=[node.value, ast.Constant(attr)],
                    keywords=[],
                )
                return ast.copy_location(call, node)
            return node
        # Store / Del
        if _is_dunder(attr) or RESERVED_NAME.match(attr):
            self.error(node, f'assignment to attribute "{attr}" is not allowed')
            return node
        # every store goes through _write_: host classes, modules and functions are shared by
        # all scripts, so a plain STORE_ATTR on them would change every later script
        node.value = ast.copy_location(
            ast.Call(func=ast.Name("_write_", ast.Load()), args=[node.value], keywords=[]),
            node.value,
        )
        return node

    # -- constructs that RestrictedPython guards at run time; plain here ---------------------
    # (subscripts, ``*args`` calls, for loops, comprehensions, with, augmented assignment and
    # binary operators: every object a script can reach defends itself)

    visit_Subscript = visit_Call = visit_For = visit_comprehension = visit_With = \
        visit_AugAssign = visit_BinOp = RestrictingNodeTransformer.node_contents_visit

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> ast.AST:
        if not semantics.is_generated(node):  # shim renames ``except E, e`` targets
            self.check_name(node, node.name)
        return self.node_contents_visit(node)

    # -- definitions ------------------------------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.check_name(node, node.name, allow_magic_methods=self._class_depth > 0)
        self.check_function_argument_names(node)
        depth, self._class_depth = self._class_depth, 0
        try:
            return self.node_contents_visit(node)
        finally:
            self._class_depth = depth

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        self._class_depth += 1
        try:
            return super().visit_ClassDef(node)
        finally:
            self._class_depth -= 1

    def visit_Module(self, node: ast.Module) -> ast.AST:
        try:
            node = semantics.apply(node, true_division=self.true_division)
        except SyntaxError as exc:  # a malformed fixer marker: report it as the script's error
            self.error(node, str(exc))
            return node
        return self.node_contents_visit(node)

    def visit_Nonlocal(self, node: ast.Nonlocal) -> ast.AST:
        return self.node_contents_visit(node)

    def inject_print_collector(self, node, position=0):  # print is a builtin here
        return None
