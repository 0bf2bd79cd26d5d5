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
* ``_floordiv_(a, b)`` for ``a // b`` and ``_ifloordiv_`` for ``a //= b`` unless ``b`` is a
  literal under 2**64: a long division of two huge integers is quadratic C code (``/`` and ``%``
  go through the legacy helpers ``_div_``/``_mod_``, which check the same);
* ``_pow_(a, b)`` for every ``a ** b`` and ``_lshift_(a, b)`` for ``a << b`` (but small
  literal shifts): a huge integer power or shift would run in C code the watchdog cannot
  interrupt;
* inside a function, the float cases of those checks inline (``FastPaths``): a float times
  anything, or a float ``** 2``, is never huge, so ``a * b`` and ``a ** 2`` test the exact type
  of each operand (``_type_``, the real ``type``, and ``_float_type_``: reserved names a script
  cannot bind) and multiply natively, calling ``_mul_``/``_pow_`` only for the rest: a call per
  operation was a tenth of a float-heavy handler's time. A float divided by a non-zero exact
  ``int``/``float`` (``_div_``, from the semantics layer) is native the same way: only integer
  floor division and a zero divisor need Jython's helper. The operands are held in temporaries
  (``_mN_``), each evaluated once and in Python's order; never in a generator expression (its
  temporaries would be cells shared by every generator that expression makes, which another
  thread could change between the check and the product), a class body or at module level;
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
        #: per enclosing scope, whether an inline fast path may keep temporaries there
        self._fast: list[bool] = [False]

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
            if self._fast[-1] and isinstance(node.right, ast.Constant) and type(node.right.value) is int \
                    and node.right.value == 2:
                return ast.copy_location(self._square(node.left), node)
            call = ast.Call(func=ast.Name("_pow_", ast.Load()), args=[node.left, node.right], keywords=[])
            return ast.copy_location(call, node)
        if isinstance(node.op, ast.LShift) and not (isinstance(node.right, ast.Constant) and
                                                      isinstance(node.right.value, int) and node.right.value < 4096):
            call = ast.Call(func=ast.Name("_lshift_", ast.Load()), args=[node.left, node.right], keywords=[])
            return ast.copy_location(call, node)
        if isinstance(node.op, ast.Mult) and not (_is_number(node.left) or _is_number(node.right)):
            if self._fast[-1] and _size(node.right) <= _MAX_COPIED:
                return ast.copy_location(self._product(node.left, node.right), node)
            call = ast.Call(func=ast.Name("_mul_", ast.Load()), args=[node.left, node.right], keywords=[])
            return ast.copy_location(call, node)
        if isinstance(node.op, ast.FloorDiv) and not _is_word(node.right):
            call = ast.Call(func=ast.Name("_floordiv_", ast.Load()), args=[node.left, node.right], keywords=[])
            return ast.copy_location(call, node)
        return node

    def visit_Call(self, node: ast.Call) -> ast.AST:
        """A Python 2 division the semantics layer made a helper call (``_div_(a, b)``) gets
        the native operator for a float divided by a plain number (``_quotient``); every
        other call is left as it is."""
        self.generic_visit(node)
        func = node.func
        if not (self._fast[-1] and isinstance(func, ast.Name) and func.id == "_div_"
                and len(node.args) == 2 and not node.keywords and _size(node.args[1]) <= _MAX_COPIED):
            return node
        return ast.copy_location(self._quotient(*node.args), node)

    def _quotient(self, left: ast.expr, right: ast.expr) -> ast.expr:
        """``_div_(left, right)`` -> ``(l / r if _type_(r := right) in _num_types_ and r else
        _div_(l, r)) if _type_(l := left) is _float_type_ else _div_(l, right)``: Jython
        divides a float by a non-zero int or float as Python 3 does; only integer floor
        division and a zero divisor (Jython's message) need the helper, a call that was
        a fifth of the time of ``mean = total / n``. A non-zero literal divisor is not
        tested again, and ``x / 60.0`` takes the native path for an exact int ``x`` too."""
        load = lambda name: ast.Name(name, ast.Load())  # noqa: E731
        first = self._temp()
        held = ast.NamedExpr(target=ast.Name(first, ast.Store()), value=left)
        literal = _nonzero_number(right)
        left_test = _is_numeric(held) if literal is float else _is_float(held)
        fallback = lambda r: ast.Call(func=ast.Name("_div_", ast.Load()), args=[load(first), r], keywords=[])  # noqa: E731
        if literal is not None:
            native = ast.BinOp(left=load(first), op=ast.Div(), right=right)
            return ast.IfExp(test=left_test, body=native, orelse=fallback(copy.deepcopy(right)))
        second = self._temp()
        right_test = ast.BoolOp(op=ast.And(), values=[
            _is_numeric(ast.NamedExpr(target=ast.Name(second, ast.Store()), value=right)), load(second)])
        checked_right = ast.IfExp(test=right_test, body=ast.BinOp(left=load(first), op=ast.Div(), right=load(second)),
                                  orelse=fallback(load(second)))
        return ast.IfExp(test=left_test, body=checked_right, orelse=fallback(copy.deepcopy(right)))

    def _temp(self) -> str:
        self._temps += 1
        return f"_m{self._temps}_"

    def _square(self, base: ast.expr) -> ast.expr:
        """``base ** 2``: ``t * t if _type_(t := base) is _float_type_ else _pow_(t, 2)``."""
        held = self._temp()
        test = _is_float(ast.NamedExpr(target=ast.Name(held, ast.Store()), value=base))
        square = ast.BinOp(left=ast.Name(held, ast.Load()), op=ast.Mult(), right=ast.Name(held, ast.Load()))
        call = ast.Call(func=ast.Name("_pow_", ast.Load()), args=[ast.Name(held, ast.Load()), ast.Constant(2)],
                        keywords=[])
        return ast.IfExp(test=test, body=square, orelse=call)

    def _product(self, left: ast.expr, right: ast.expr) -> ast.expr:
        """``left * right``: ``l * right if _type_(l := left) is _float_type_ else
        (l * r if _type_(r := right) is _float_type_ else _mul_(l, r))``: each operand evaluated
        once, left first, whichever branch runs (``right`` appears in both: only small
        expressions are copied)."""
        first, second = self._temp(), self._temp()
        load = lambda name: ast.Name(name, ast.Load())  # noqa: E731
        checked_right = ast.IfExp(
            test=_is_float(ast.NamedExpr(target=ast.Name(second, ast.Store()), value=right)),
            body=ast.BinOp(left=load(first), op=ast.Mult(), right=load(second)),
            orelse=ast.Call(func=ast.Name("_mul_", ast.Load()), args=[load(first), load(second)], keywords=[]))
        return ast.IfExp(test=_is_float(ast.NamedExpr(target=ast.Name(first, ast.Store()), value=left)),
                         body=ast.BinOp(left=load(first), op=ast.Mult(), right=copy.deepcopy(right)),
                         orelse=checked_right)

    # -- where temporaries may live: a function's (or lambda's) own frame, reached through
    # list/set/dict comprehensions but never through a generator expression, class or module
    def _scoped(self, node: ast.AST, fast: bool) -> ast.AST:
        self._fast.append(fast)
        try:
            return self.generic_visit(node)
        finally:
            self._fast.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        return self._scoped(node, False)

    def _comprehension(self, node: ast.AST) -> ast.AST:
        self._fast.append(self._fast[-1])
        try:
            for generator in node.generators:
                self._fast.append(False)  # no assignment expression in a comprehension's iterable
                try:
                    generator.iter = self.visit(generator.iter)
                finally:
                    self._fast.pop()
                generator.target = self.visit(generator.target)
                generator.ifs = [self.visit(test) for test in generator.ifs]
            if isinstance(node, ast.DictComp):
                node.key, node.value = self.visit(node.key), self.visit(node.value)
            else:
                node.elt = self.visit(node.elt)
            return node
        finally:
            self._fast.pop()

    visit_ListComp = visit_SetComp = visit_DictComp = _comprehension

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        if isinstance(node.op, ast.Mult) and not _is_number(node.value):
            return self._in_place(node, "_imul_")
        if isinstance(node.op, ast.FloorDiv) and not _is_word(node.value):
            return self._in_place(node, "_ifloordiv_")
        if not isinstance(node.op, ast.Pow):
            return node
        load = copy.deepcopy(node.target)
        for child in ast.walk(load):
            if hasattr(child, "ctx"):
                child.ctx = ast.Load()
        call = ast.Call(func=ast.Name("_pow_", ast.Load()), args=[load, node.value], keywords=[])
        return ast.copy_location(ast.Assign(targets=[node.target], value=ast.copy_location(call, node)), node)

    def _in_place(self, node: ast.AugAssign, helper: str) -> list[ast.stmt]:
        """``t *= v`` -> ``t = _imul_(t, v)`` (``helper``), the target's object and key evaluated
        once (into temporaries) and before ``v``, as Python evaluates an augmented assignment."""
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
        call = ast.Call(func=ast.Name(helper, ast.Load()), args=[load, node.value], keywords=[])
        statements = prelude + [ast.Assign(targets=[target], value=call)]
        for statement in statements:
            ast.copy_location(statement, node)
            ast.fix_missing_locations(statement)
        return statements

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.args = self.visit(node.args)  # defaults: evaluated in the enclosing scope
        self._fast.append(True)
        try:
            node.body = [self.visit(statement) for statement in node.body]
            node.body = [s for statement in node.body
                         for s in (statement if isinstance(statement, list) else [statement])]
        finally:
            self._fast.pop()
        first = node.body[0]
        position = 1 if _is_docstring(first) else 0
        node.body.insert(position, self._tick(first))
        if _is_generator(node):
            node.decorator_list.append(ast.copy_location(ast.Name("_nestgen_", ast.Load()), node))
        return node

    def visit_Lambda(self, node: ast.Lambda) -> ast.AST:
        node.args = self.visit(node.args)
        self._fast.append(True)
        try:
            node.body = self.visit(node.body)
        finally:
            self._fast.pop()
        if not _is_generator(node):  # ``lambda it: (yield from it)`` makes generators too
            return node
        call = ast.Call(func=ast.Name("_nestgen_", ast.Load()), args=[node], keywords=[])
        return ast.copy_location(call, node)

    def visit_GeneratorExp(self, node: ast.GeneratorExp) -> ast.AST:
        self._scoped(node, False)
        call = ast.Call(func=ast.Name("_nest_", ast.Load()),
                        args=[node, ast.Constant("a generator expression")], keywords=[])
        return ast.copy_location(call, node)


#: the largest right operand (in AST nodes) a product's fast path copies into its two branches
_MAX_COPIED = 12


def _nonzero_number(node: ast.expr) -> type | None:
    """``int`` or ``float`` for a non-zero numeric literal (``-2`` too), else None."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    if isinstance(node, ast.Constant) and type(node.value) in (int, float) and node.value:
        return type(node.value)
    return None


def _is_numeric(value: ast.expr) -> ast.Compare:
    """``_type_(value) in _num_types_``: an exact ``int`` or ``float`` (no subclass, no bool)."""
    call = ast.Call(func=ast.Name("_type_", ast.Load()), args=[value], keywords=[])
    return ast.Compare(left=call, ops=[ast.In()], comparators=[ast.Name("_num_types_", ast.Load())])


def _size(node: ast.AST) -> int:
    return sum(1 for _ in ast.walk(node))


def _is_float(value: ast.expr) -> ast.Compare:
    """``_type_(value) is _float_type_``: the real ``type`` and ``float``, by reserved names."""
    call = ast.Call(func=ast.Name("_type_", ast.Load()), args=[value], keywords=[])
    return ast.Compare(left=call, ops=[ast.Is()], comparators=[ast.Name("_float_type_", ast.Load())])


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


def _is_word(node: ast.expr) -> bool:
    """A float literal or an integer literal under 2**64: a division by one costs time linear
    in the dividend's size."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        node = node.operand
    return isinstance(node, ast.Constant) and (type(node.value) in (float, complex) or
                                               (type(node.value) is int and node.value < 1 << 64))


def _is_docstring(statement: ast.stmt) -> bool:
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) \
        and isinstance(statement.value.value, str)


def insert_ticks(tree: ast.Module) -> ast.Module:
    """``tree`` with ticks inserted (line numbers of the user's statements unchanged)."""
    return TickInserter().visit(tree)
