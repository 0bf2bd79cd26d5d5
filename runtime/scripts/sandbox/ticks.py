"""Insert the budget checks of ``runtime.core.budget`` into compiled scripts:

* ``_tick_()`` where a script can run forever: at the head of every ``while`` loop body, at
  every function entry (recursion), and at the head of every ``for`` loop body that holds a
  ``try`` (an ``except BaseException`` there could swallow the watchdog's asynchronous
  interrupt on every iteration: the tick raises again, outside the handler). Other ``for``
  loops end with their iterable or are stopped by that interrupt; a check per iteration of
  every loop would cost every handler ~10% for nothing;
* ``_mul_(a, b)`` for ``a * b`` unless one side is a float or a small integer literal (``x * 1.5``,
  ``n * 60`` cost time linear in the other side), and ``_imul_`` for ``a *= b``: a runaway repetition
  (``'x' * 10**10``, ``rows * n``) fails with a clear MemoryError before it allocates, and a
  product of two huge integers (seconds of C code) is refused;
* ``_pow_(a, b)`` for every ``a ** b`` and ``_lshift_(a, b)`` for ``a << b`` (but small
  literal shifts): a huge integer power or shift would run in C code the watchdog cannot
  interrupt;
* ``_nest_(...)`` around every generator expression and ``@_nestgen_`` on every generator
  function: generators nested a million deep crash the process (``runtime.core.nesting``).
"""
from __future__ import annotations

import ast
import copy


class TickInserter(ast.NodeTransformer):
    """Adds ``_tick_()`` as the first statement of while bodies and function bodies, and the
    size checks of repetitions, products and powers."""

    def __init__(self) -> None:
        self._temps = 0

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
        if isinstance(node.op, ast.Mult) and not (_is_number(node.left) or _is_number(node.right)):
            call = ast.Call(func=ast.Name("_mul_", ast.Load()), args=[node.left, node.right], keywords=[])
            return ast.copy_location(call, node)
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult) and not _is_number(node.value):
            return self._multiply_in_place(node)
        if not isinstance(node.op, ast.Pow):
            return node
        load = copy.deepcopy(node.target)
        for child in ast.walk(load):
            if hasattr(child, "ctx"):
                child.ctx = ast.Load()
        call = ast.Call(func=ast.Name("_pow_", ast.Load()), args=[load, node.value], keywords=[])
        return ast.copy_location(ast.Assign(targets=[node.target], value=ast.copy_location(call, node)), node)

    def _multiply_in_place(self, node: ast.AugAssign) -> list[ast.stmt]:
        """``t *= v`` -> ``t = _imul_(t, v)``, the target's object and key evaluated once (into
        temporaries) and before ``v``, as Python evaluates an augmented assignment."""
        target, prelude = node.target, []
        if isinstance(target, (ast.Attribute, ast.Subscript)):
            self._temps += 1
            holder = f"_aug{self._temps}_"
            prelude.append(ast.Assign(targets=[ast.Name(holder, ast.Store())], value=target.value))
            target.value = ast.Name(holder, ast.Load())
            if isinstance(target, ast.Subscript) and not isinstance(target.slice, ast.Slice):
                key = f"_augkey{self._temps}_"
                prelude.append(ast.Assign(targets=[ast.Name(key, ast.Store())], value=target.slice))
                target.slice = ast.Name(key, ast.Load())
        load = copy.deepcopy(target)
        for child in ast.walk(load):
            if hasattr(child, "ctx"):
                child.ctx = ast.Load()
        call = ast.Call(func=ast.Name("_imul_", ast.Load()), args=[load, node.value], keywords=[])
        statements = prelude + [ast.Assign(targets=[target], value=call)]
        for statement in statements:
            ast.copy_location(statement, node)
            ast.fix_missing_locations(statement)
        return statements

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        self.generic_visit(node)
        first = node.body[0]
        position = 1 if _is_docstring(first) else 0
        node.body.insert(position, self._tick(first))
        if _is_generator(node):
            node.decorator_list.append(ast.copy_location(ast.Name("_nestgen_", ast.Load()), node))
        return node

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        self.generic_visit(node)
        if not _is_generator(node):  # ``lambda it: (yield from it)`` makes generators too
            return node
        call = ast.Call(func=ast.Name("_nestgen_", ast.Load()), args=[node], keywords=[])
        return ast.copy_location(call, node)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> ast.AST:
        self.generic_visit(node)
        call = ast.Call(func=ast.Name("_nest_", ast.Load()),
                        args=[node, ast.Constant("a generator expression")], keywords=[])
        return ast.copy_location(call, node)


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


def _is_generator(function: ast.FunctionDef | ast.Lambda) -> bool:
    """A ``yield`` in ``function``'s own body (not in a nested function or class)."""
    stack: list[ast.AST] = list(function.body) if isinstance(function.body, list) else [function.body]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef,
                                 ast.GeneratorExp)):
            stack.extend(ast.iter_child_nodes(node))
    return False


def _is_number(node: ast.expr) -> bool:
    """A float literal or an integer literal up to 1,000 (``-2`` too): a product with one costs
    time linear in the other side and repeats a sequence at most a thousand times."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return isinstance(node, ast.Constant) and (type(node.value) in (float, complex) or
                                               (type(node.value) is int and node.value <= 1000))


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) \
        and isinstance(statement.value.value, str)


def insert_ticks(tree: ast.Module) -> ast.Module:
    """``tree`` with ticks inserted (line numbers of the user's statements unchanged)."""
    return TickInserter().visit(tree)
