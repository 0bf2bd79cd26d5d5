"""Insert the budget checks of ``runtime.core.budget`` into compiled scripts:

* ``_tick_()`` where a script can run forever: at the head of every ``while`` loop body, at
  every function entry (recursion), and at the head of every ``for`` loop body that holds a
  ``try`` (an ``except BaseException`` there could swallow the watchdog's asynchronous
  interrupt on every iteration: the tick raises again, outside the handler). Other ``for``
  loops end with their iterable or are stopped by that interrupt; a check per iteration of
  every loop would cost every handler ~10% for nothing;
* ``_repeat_(a, b)`` for ``a * b`` when one side is a literal sequence (``'x' * 10**10``,
  ``[0] * n``), so a runaway repetition fails with a clear MemoryError before it allocates;
* ``_pow_(a, b)`` for every ``a ** b`` and ``_lshift_(a, b)`` for ``a << b`` (but small
  literal shifts): a huge integer power or shift would run in C code the watchdog cannot
  interrupt.
"""
from __future__ import annotations

import ast
import copy


class TickInserter(ast.NodeTransformer):
    """Adds ``_tick_()`` as the first statement of while bodies and function bodies, and the
    size checks of repetitions and powers."""

    def _tick(self, node: ast.AST) -> ast.Expr:
        call = ast.Expr(ast.Call(func=ast.Name("_tick_", ast.Load()), args=[], keywords=[]))
        return ast.copy_location(call, node)

    def visit_While(self, node: ast.While) -> ast.AST:
        self.generic_visit(node)
        node.body.insert(0, self._tick(node.body[0]))
        return node

    def visit_For(self, node: ast.For) -> ast.AST:
        self.generic_visit(node)
        if _holds_try(node.body):
            node.body.insert(0, self._tick(node.body[0]))
        return node

    visit_AsyncFor = visit_For

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Pow):
            call = ast.Call(func=ast.Name("_pow_", ast.Load()), args=[node.left, node.right], keywords=[])
            return ast.copy_location(call, node)
        if isinstance(node.op, ast.LShift) and not (isinstance(node.right, ast.Constant) and
                                                      isinstance(node.right.value, int) and node.right.value < 4096):
            call = ast.Call(func=ast.Name("_lshift_", ast.Load()), args=[node.left, node.right], keywords=[])
            return ast.copy_location(call, node)
        if isinstance(node.op, ast.Mult) and (_is_sequence_literal(node.left) or _is_sequence_literal(node.right)):
            call = ast.Call(func=ast.Name("_repeat_", ast.Load()), args=[node.left, node.right], keywords=[])
            return ast.copy_location(call, node)
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        self.generic_visit(node)
        if not isinstance(node.op, ast.Pow):
            return node
        load = copy.deepcopy(node.target)
        for child in ast.walk(load):
            if hasattr(child, "ctx"):
                child.ctx = ast.Load()
        call = ast.Call(func=ast.Name("_pow_", ast.Load()), args=[load, node.value], keywords=[])
        return ast.copy_location(ast.Assign(targets=[node.target], value=ast.copy_location(call, node)), node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.generic_visit(node)
        first = node.body[0]
        position = 1 if _is_docstring(first) else 0
        node.body.insert(position, self._tick(first))
        return node


def _holds_try(body: list[ast.stmt]) -> bool:
    """True when a ``try`` sits in ``body`` (nested blocks included, nested functions not:
    their entry tick covers them)."""
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            return True
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(node))
    return False


def _is_sequence_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, (str, bytes))
    return isinstance(node, (ast.List, ast.Tuple, ast.ListComp, ast.JoinedStr))


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) \
        and isinstance(statement.value.value, str)


def insert_ticks(tree: ast.Module) -> ast.Module:
    """``tree`` with ticks inserted (line numbers of the user's statements unchanged)."""
    return TickInserter().visit(tree)
