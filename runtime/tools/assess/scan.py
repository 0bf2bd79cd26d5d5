"""What one script uses, read from its syntax tree: ``system.*`` call sites, imports, Java
names reached through ``import java``, literal tag paths and named query paths.

The tree is Python 3's ``ast`` over shim's own translation of the Jython 2 source (line numbers
kept), so what is found is what the parser sees, never a pattern match on text: a
``system.tag.read`` in a comment or a string is not a call site. Results are cached on disk by
content hash beside the compile cache, so a second assessment of an unchanged project parses
nothing.
"""
from __future__ import annotations

import ast
import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from runtime.core.cache import cache_root
from runtime.scripts.legacy.translate import translate

#: Bump when what a scan records changes: invalidates the cached scans.
SCAN_VERSION = "3"

#: system.tag functions whose first argument (or ``tagPath``/``tagPaths``) names tags that must
#: exist (``exists`` and ``browse`` ask whether they do, so they are not references).
TAG_PATH_FUNCTIONS = frozenset({
    "read", "readAll", "readBlocking", "readAsync", "write", "writeAll", "writeBlocking",
    "writeAsync", "getTagValue", "writeSynchronous", "getConfiguration", "getAttribute",
    "queryTagHistory", "queryTagCalculations", "getAlarmStates", "editTag", "removeTag",
})
_TAG_KEYWORDS = ("tagPath", "tagPaths", "paths")


@dataclass
class Scan:
    """What one script uses; ``error`` is set (and the rest empty) when it does not parse."""

    calls: list[tuple[str, str, int]] = field(default_factory=list)  # (namespace, function, line)
    #: (module, names, level, line, guarded: inside ``try`` with an ``except ImportError`` fallback)
    imports: list[tuple[str, tuple[str, ...], int, int, bool]] = field(default_factory=list)
    java: list[tuple[str, int]] = field(default_factory=list)  # ("java.util.Date", line) via ``import java``
    tags: list[tuple[str, int]] = field(default_factory=list)  # (literal tag path, line)
    queries: list[tuple[str | None, str, int]] = field(default_factory=list)  # (project or None, path, line)
    error: str | None = None


def scan_source(source: str, filename: str) -> Scan:
    """The scan of ``source`` (cached on disk by content)."""
    root = cache_root()
    key = hashlib.sha256(f"{SCAN_VERSION}\0{source}".encode("utf-8", "surrogatepass")).hexdigest()
    file = root / "assess" / key[:2] / f"{key}.json" if root is not None else None
    if file is not None:
        try:
            data = json.loads(file.read_text(encoding="utf-8"))
            return Scan(**{k: [tuple(_tuple(x) for x in item) for item in v] if isinstance(v, list) else v
                           for k, v in data.items()})
        except (OSError, ValueError, TypeError):
            pass
    result = _scan(source, filename)
    if file is not None:
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            temp = file.with_suffix(".tmp")
            temp.write_text(json.dumps(asdict(result)), encoding="utf-8")
            temp.replace(file)
        except OSError:
            pass  # a read-only cache only costs time
    return result


def _tuple(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


def _scan(source: str, filename: str) -> Scan:
    try:
        tree = ast.parse(translate(source, filename), filename)
    except (SyntaxError, ValueError, LookupError, RecursionError) as exc:
        return Scan(error=getattr(exc, "msg", None) or str(exc))
    found = Scan()
    java_roots: set[str] = set()
    nodes = list(ast.walk(tree))  # every pass below reads this one walk
    guarded = _guarded_imports(nodes)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.imports.append((alias.name, (), 0, node.lineno, id(node) in guarded))
                head = alias.name.partition(".")[0]
                if head in ("java", "javax") and alias.asname is None:
                    java_roots.add(head)
        elif isinstance(node, ast.ImportFrom):
            found.imports.append((node.module or "", tuple(a.name for a in node.names), node.level, node.lineno,
                                  id(node) in guarded))
    aliases = _system_aliases(nodes)
    inner = {id(n.value) for n in nodes if isinstance(n, ast.Attribute)}
    for node in nodes:
        if isinstance(node, ast.Attribute) and id(node) not in inner:  # the longest chain only
            chain = _chain(node, aliases)
            if chain is None:
                continue
            if len(chain) >= 3 and chain[0] == "system":
                found.calls.append((chain[1], chain[2], node.lineno))
            elif chain[0] in java_roots:
                cls = next((i for i, part in enumerate(chain) if part[:1].isupper()), None)
                if cls is not None and cls >= 2:
                    found.java.append((".".join(chain[:cls + 1]), node.lineno))
        elif isinstance(node, ast.Name) and id(node) not in inner and len(aliases.get(node.id, ())) == 3:
            found.calls.append((aliases[node.id][1], aliases[node.id][2], node.lineno))  # from system.tag import read
        if isinstance(node, ast.Call):
            chain = _chain(node.func, aliases) if isinstance(node.func, (ast.Attribute, ast.Name)) else None
            if chain and len(chain) == 3 and chain[0] == "system":
                _literals(found, chain[1], chain[2], node)
    found.calls.sort(key=lambda c: c[2])
    return found


#: Exception names whose handler is a fallback for a failed import.
_IMPORT_FALLBACKS = frozenset({"ImportError", "Exception", "BaseException", "Throwable"})


def _guarded_imports(nodes: list[ast.AST]) -> set[int]:
    """The import statements inside a ``try`` whose handlers catch a failed import
    (``except ImportError:``, ``except Exception, e:``, a bare ``except:``): legacy code's
    fallback when a module is missing, so a missing module there does not block."""
    found: set[int] = set()
    for node in nodes:
        if isinstance(node, ast.Try) and any(_catches_import(h.type) for h in node.handlers):
            for statement in node.body:
                found.update(id(n) for n in ast.walk(statement) if isinstance(n, (ast.Import, ast.ImportFrom)))
    return found


def _catches_import(kind: ast.AST | None) -> bool:
    if kind is None:
        return True
    names = kind.elts if isinstance(kind, ast.Tuple) else [kind]
    return any((n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else "")
               in _IMPORT_FALLBACKS for n in names)


def _system_aliases(nodes: list[ast.AST]) -> dict[str, list[str]]:
    """Names an import binds to ``system`` or a part of it: ``import system.tag as t`` (t ->
    system.tag), ``from system import tag``, ``from system.tag import readBlocking as rb``,
    ``import system as s``. Module-wide, as the parser sees the imports (a later rebinding of
    the name is not followed)."""
    aliases: dict[str, list[str]] = {}
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "system" and alias.asname and len(parts) <= 3:
                    aliases[alias.asname] = parts
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            parts = node.module.split(".")
            if parts[0] == "system" and len(parts) <= 2:
                for alias in node.names:
                    if alias.name != "*":
                        aliases[alias.asname or alias.name] = parts + [alias.name]
    return aliases


def _chain(node: ast.AST, aliases: dict[str, list[str]] | None = None) -> list[str] | None:
    """``a.b.c`` as ["a", "b", "c"] when it is rooted at a plain name, else None; a name
    ``aliases`` maps stands for what it was imported as (``t.read`` -> system.tag.read)."""
    parts = []
    value = node
    while isinstance(value, ast.Attribute):
        parts.append(value.attr)
        value = value.value
    if not isinstance(value, ast.Name):
        return None
    parts.extend(reversed((aliases or {}).get(value.id, [value.id])))
    return parts[::-1]


def _literals(found: Scan, namespace: str, function: str, call: ast.Call) -> None:
    """Tag paths and named query paths given as literal strings."""
    if namespace == "tag" and function in TAG_PATH_FUNCTIONS:
        values = [call.args[0]] if call.args else []
        values += [k.value for k in call.keywords if k.arg in _TAG_KEYWORDS]
        for value in values:
            for text, line in _strings(value):
                found.tags.append((text, line))
    elif namespace == "db" and "NamedQuery" in function:
        args = {k.arg: k.value for k in call.keywords if k.arg}
        positional = list(call.args)
        project = None
        if len(positional) >= 2 and _string(positional[1]) is not None:  # (project, path, params)
            project, path = _string(positional[0]), _string(positional[1])
        else:
            path = _string(positional[0]) if positional else _string(args.get("path"))
            project = _string(args.get("project"))
        if path is not None:
            found.queries.append((project, path, call.lineno))


def _strings(node: ast.AST) -> list[tuple[str, int]]:
    text = _string(node)
    if text is not None:
        return [(text, node.lineno)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [(s, e.lineno) for e in node.elts if (s := _string(e)) is not None]
    return []


def _string(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
