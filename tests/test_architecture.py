"""The tree's one rule: imports point down. No module imports one that (through any chain of
imports, annotation-only ones included) imports it back, and no package imports a package
above it in ``LAYERS`` (annotation-only imports of a higher type, such as ``Gateway``, excepted:
they never run).

The graph is read from the source with ``ast``: every ``import`` anywhere in a module, at the
top or inside a function, counts.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: bottom to top: a package may import its own modules and those of the packages before it
#: (``system``, the scripting API, sits on the gateway: outside any script it talks to the default
#: gateway; the sandbox hands its namespaces to scripts by name, never by a static import)
LAYERS = ["runtime.core", "runtime.emulated", "runtime.projects", "runtime.scripts", "runtime.backends",
          "runtime.execution", "runtime.messaging", "runtime.isolation", "runtime.gateway", "system",
          "runtime.worker", "runtime.netnats",
          "runtime.tools", "runtime.cli", "runtime.bench", "runtime.__main__", "runtime"]


def _modules() -> dict[str, Path]:
    found = {}
    for base in ("runtime", "system"):
        for path in (ROOT / base).rglob("*.py"):
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return getattr(test, "id", None) == "TYPE_CHECKING" or getattr(test, "attr", None) == "TYPE_CHECKING"


def _imports(module: str, annotations: bool) -> set[str]:
    """The shim modules ``module`` imports (``from pkg import submodule`` names the submodule)."""
    path = MODULES[module]
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()
    stack: list[ast.AST] = [ast.parse(path.read_text(), str(path))]
    while stack:
        for node in ast.iter_child_nodes(stack.pop()):
            if isinstance(node, ast.If) and _is_type_checking(node) and not annotations:
                stack.extend(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = ".".join(package[:len(package) - node.level + 1] + [node.module or ""]).strip(".") \
                    if node.level else node.module
                subs = [f"{base}.{alias.name}" for alias in node.names]
                found.update(sub for sub in subs if sub in MODULES)
                if any(sub not in MODULES for sub in subs):
                    found.add(base)
            stack.append(node)
    return {name for name in found if name in MODULES and name != module}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def _layer(module: str) -> int:
    if module == "runtime":  # the package itself: ``from runtime import Gateway``, the public API
        return len(LAYERS) - 1
    for position, prefix in enumerate(LAYERS[:-1]):
        if module == prefix or module.startswith(prefix + "."):
            return position
    return -1


def test_no_import_cycles() -> None:
    graph = {name: _imports(name, annotations=True) for name in MODULES}
    assert _cycles(graph) == []


def test_imports_point_down_the_layers() -> None:
    upward = []
    for name in MODULES:
        for target in _imports(name, annotations=False):
            if _layer(target) > _layer(name):
                upward.append(f"{name} -> {target}")
    assert upward == []


def test_every_module_has_a_layer() -> None:
    assert [name for name in MODULES if _layer(name) < 0] == []


def test_the_top_of_runtime_stays_small() -> None:
    """At most eight modules sit directly in ``runtime/`` besides ``__init__``/``__main__``;
    every package says what it is for in its docstring."""
    top = [p.name for p in (ROOT / "runtime").glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
    assert len(top) <= 8, top
    for init in (ROOT / "runtime").rglob("__init__.py"):
        assert ast.get_docstring(ast.parse(init.read_text())), f"{init.relative_to(ROOT)} has no docstring"
