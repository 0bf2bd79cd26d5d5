"""Our RestrictedPython transformer: the compile-time half of the policy.

RestrictedPython's stock transformer guards every attribute read, subscript, iteration and
augmented assignment at run time (4.5-8x slower than plain code on a typical handler) and refuses
what legacy code does daily (``_private`` names, ``d[k] += 1``, ``self.n += 1``, dunder methods).
This subclass decides at compile time instead:

* ``a.b`` stays a plain attribute read unless ``b`` is private, a dunder, a frame or code
  attribute (``f_code``, ``tb_next`` ...) or one of ``format``/``format_map``/``mro``: those go
  to the run-time guard ``_getattr_``, which decides by the object (the script's own dunders, the
  read-only frame facades of ``sys._getframe``) and refuses what leads to the host;
* subscripts, iteration, unpacking, ``*args`` calls and augmented assignment compile plainly:
  every object a script can reach defends itself (proxies, facades, builtins);
* a script names what it likes: ``_private``, its own dunders (``__all__``, ``__version__``,
  ``__repr__ = __str__`` in a class body); refused are only the names that would reach the
  sandbox itself: ``__builtins__``, ``__shim*`` marks and the helpers' ``_x_`` names;
* ``from m import *`` binds ``m``'s public names (``__all__`` when it has one) through
  ``_import_star_``; ``exec``/``eval``/``compile`` are the sandbox's own (``dynamic.py``);
* Jython's keywords as attribute names (``Date.from``, ``self.class``) arrive renamed by the
  translation (``legacy.translate.KEYWORD_SUFFIX``) and get their own names back here;
* every class is made by the sandbox's class factory (``_script_class_``);
* ``print`` is an ordinary builtin (it writes to the running script's context).

Before the policy, ``runtime.scripts.legacy.semantics`` compiles Jython's *semantics* into the tree
(print statements, integer ``/``, ``%`` formatting, unicode/long literals, dict order ...). The
nodes it creates are marked (``GENERATED``): only those may use reserved ``_x_`` names (its
helpers), read ``__class__`` plainly (a type check it inserts), or rename an ``except`` target.

Each relaxation has an escape test beside it in ``tests/test_sandbox_escapes.py``.
"""
from __future__ import annotations

import ast

from RestrictedPython.transformer import RestrictingNodeTransformer

from runtime.scripts.legacy import semantics
from runtime.scripts.legacy.translate import KEYWORD_SUFFIX, keyword_names as _keyword_names

from runtime.scripts.sandbox.policy import (
    FRAME_ATTRIBUTES,
    GUARDED_ATTRIBUTES,
    RESERVED_NAME,
    STORABLE_DUNDERS,
    script_may_bind,
)


def _is_dunder(name: str) -> bool:
    return len(name) > 4 and name.startswith("__") and name.endswith("__")


class ShimTransformer(RestrictingNodeTransformer):
    """Compile-time policy for shim scripts (see the module docstring)."""

    def __init__(self, *args, true_division: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.true_division = true_division

    # -- names ------------------------------------------------------------------------------

    def check_name(self, node, name, allow_magic_methods=False):  # noqa: D102 (see class doc)
        if name is not None and not script_may_bind(name):
            self.error(node, f'"{name}" is a reserved name in shim\'s sandbox')

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if semantics.is_generated(node):
            return node
        self.check_name(node, node.id)
        return node

    def visit_Import(self, node: ast.Import) -> ast.AST:
        for alias in node.names:
            alias.name = _keyword_names(alias.name)
        return super().visit_Import(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> ast.AST:
        if node.module:  # from java.awt.print import PrinterJob
            node.module = _keyword_names(node.module)
        if any(alias.name == "*" for alias in node.names):
            # from m import *: the helper binds m's public names in the importing module
            call = ast.Call(func=ast.Name("_import_star_", ast.Load()),
                            args=[ast.Constant(node.module or ""), ast.Constant(node.level or 0)],
                            keywords=[])
            return ast.copy_location(ast.Expr(ast.copy_location(call, node)), node)
        return self.check_import_names(node)

    # -- attributes -------------------------------------------------------------------------

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if node.attr.endswith(KEYWORD_SUFFIX):  # x.from, self.class: Jython parses these
            node.attr = node.attr[: -len(KEYWORD_SUFFIX)]
        if semantics.is_generated(node):  # ``x.__class__ in _nsok_``: a type check shim inserts
            return self.node_contents_visit(node)
        attr = node.attr
        node = self.node_contents_visit(node)
        if isinstance(node.ctx, ast.Load):
            if attr.startswith("_") or attr in GUARDED_ATTRIBUTES or attr in FRAME_ATTRIBUTES:
                call = ast.Call(
                    func=ast.Name("_getattr_", ast.Load()),
                    args=[node.value, ast.Constant(attr)],
                    keywords=[],
                )
                return ast.copy_location(call, node)
            return node
        # Store / Del
        if (_is_dunder(attr) and attr not in STORABLE_DUNDERS) or RESERVED_NAME.match(attr) \
                or attr in FRAME_ATTRIBUTES:
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

    visit_Subscript = visit_For = visit_comprehension = visit_With = \
        visit_AugAssign = visit_BinOp = visit_Assign = RestrictingNodeTransformer.node_contents_visit

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> ast.AST:
        if not semantics.is_generated(node):  # shim renames ``except E, e`` targets
            self.check_name(node, node.name)
        return self.node_contents_visit(node)

    # -- definitions ------------------------------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.check_name(node, node.name)
        self.check_function_argument_names(node)
        return self.node_contents_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        new = super().visit_ClassDef(node)
        # every class is made by the sandbox's class factory, whatever the script binds to
        # ``__metaclass__`` (Python 2 modules set it to ``type``; a global of that name would
        # otherwise be the metaclass RestrictedPython's ``metaclass=__metaclass__`` finds)
        for keyword in new.keywords:
            if keyword.arg == "metaclass":
                keyword.value = ast.copy_location(ast.Name("_script_class_", ast.Load()), node)
        return new

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

    def visit_Call(self, node: ast.Call) -> ast.AST:  # exec/eval are the sandbox's own builtins
        return self.node_contents_visit(node)
