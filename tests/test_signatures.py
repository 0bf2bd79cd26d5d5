"""Every emulated ``system.*`` function against Ignition 8.1's own signatures, as the
``ignition-api-stubs`` package (8.1.x, typed .pyi stubs of the scripting API; the test extra
installs it) spells them: parameter names, their order, which are optional, ``*args``/``**kwargs``.

Rules: shim's positional parameters are the stubs', in order, and a parameter the stubs mark
optional has a default in shim. Where the stubs merge overloads into one slot, any of the merged
names matches: ``arg`` (``closeWindow(window | path)``) matches any name, ``columnNameOrIndex``
matches ``columnName`` and ``columnIndex``. Where the stubs have ``*args``, they do not document
what follows, so nothing after it is compared (``httpPost(url, *args, **kwargs)``). shim may
give a default where the stubs have none (the manual documents such a parameter as optional,
e.g. ``addRow(dataset, [rowIndex], row)``, ``sendEmail``'s ``smtp`` beside ``smtpProfile``) and
may take more optional parameters after the stubs' last (``sendRequest``'s ``scope`` and
``clientSessionId``, which the 8.1 manual documents); both are listed in the summary, not failed.
Where the manual and the stubs disagree, the manual wins: ``MANUAL`` holds those signatures, each
with its page. Functions only 7.9 has are not compared.

The per-namespace share (emulated / in the 8.1 stubs) goes to the terminal summary.
"""
from __future__ import annotations

import ast
import importlib
import inspect
from dataclasses import dataclass

import pytest

metadata = pytest.importorskip("importlib.metadata")

NAMESPACES = ("tag", "db", "dataset", "date", "util", "gui", "nav", "net", "security", "file", "opc",
              "opchda", "perspective", "project", "alarm", "user", "math", "sfc", "report", "print", "device")

#: Stub parameter names that stand for an overloaded slot (any name matches).
PLACEHOLDERS = frozenset({"arg"})

#: Signatures where the manual and the stubs disagree: the manual's (its page cited).
MANUAL = {
    # 7.9 and 8.1 manual, system.util.sendRequestAsync: "sendRequestAsync(project,
    # messageHandler, [payload], [remoteServer], [timeoutSec], [onSuccess], [onError])";
    # the stubs put hostName third
    ("util", "sendRequestAsync"): "project messageHandler payload= remoteServer= timeoutSec= onSuccess= onError=",
}


@dataclass(frozen=True)
class Param:
    name: str
    kind: str  # "positional", "*args", "**kwargs", "keyword-only"
    optional: bool

    def __str__(self) -> str:
        prefix = {"*args": "*", "**kwargs": "**"}.get(self.kind, "")
        return f"{prefix}{self.name}{'=' if self.optional and not prefix else ''}"


def _stub_files() -> dict[str, str]:
    """namespace -> the text of its .pyi in the installed ignition-api-stubs."""
    try:
        files = metadata.files("ignition-api-stubs") or []
    except metadata.PackageNotFoundError:
        pytest.skip("ignition-api-stubs is not installed (pip install '.[test]')")
    found = {}
    for entry in files:
        parts = entry.parts
        if len(parts) >= 2 and parts[0] == "system" and str(entry).endswith(".pyi"):
            name = parts[1][:-4] if len(parts) == 2 else parts[1] if parts[2] == "__init__.pyi" else None
            if name:
                found[name] = entry.locate().read_text(encoding="utf-8")
    return found


def _stub_functions(text: str) -> dict[str, list[Param]]:
    functions = {}
    for node in ast.parse(text).body:
        if not isinstance(node, ast.FunctionDef):
            continue
        args = node.args
        positional = args.posonlyargs + args.args
        first_default = len(positional) - len(args.defaults)
        params = [Param(a.arg, "positional", i >= first_default) for i, a in enumerate(positional)]
        if args.vararg:
            params.append(Param(args.vararg.arg, "*args", True))
        params += [Param(a.arg, "keyword-only", d is not None) for a, d in zip(args.kwonlyargs, args.kw_defaults)]
        if args.kwarg:
            params.append(Param(args.kwarg.arg, "**kwargs", True))
        functions[node.name] = params
    return functions


_KINDS = {inspect.Parameter.POSITIONAL_ONLY: "positional", inspect.Parameter.POSITIONAL_OR_KEYWORD: "positional",
          inspect.Parameter.VAR_POSITIONAL: "*args", inspect.Parameter.KEYWORD_ONLY: "keyword-only",
          inspect.Parameter.VAR_KEYWORD: "**kwargs"}


def _shim_params(function) -> list[Param]:
    return [Param(p.name, _KINDS[p.kind], p.default is not inspect.Parameter.empty
                  or p.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD))
            for p in inspect.signature(function).parameters.values()]


def _names(stub_name: str) -> set[str] | None:
    """The names a stub parameter stands for (None: any)."""
    if stub_name in PLACEHOLDERS:
        return None
    head, sep, tail = stub_name.partition("Or")
    if not sep or not tail[:1].isupper():
        return {stub_name}
    stem = head[:max(i for i, c in enumerate(head) if c.isupper() or i == 0)] if any(c.isupper() for c in head) else ""
    return {stub_name, head, stem + tail}


def _manual(text: str) -> list[Param]:
    return [Param(word.rstrip("="), "positional", word.endswith("=")) for word in text.split()]


def compare(stub: list[Param], shim: list[Param]) -> tuple[list[str], list[str]]:
    """(problems, extras: defaults and trailing parameters the stubs do not have) of shim's
    parameters against the stub's."""
    problems, extras = [], []
    for index, want in enumerate(stub):
        if want.kind == "*args":
            return problems, extras  # the stubs do not say what the overloads take
        if index >= len(shim):
            problems.append(f"{len(shim)} parameters, the stubs have {len(stub)}")
            return problems, extras
        have = shim[index]
        names = _names(want.name)
        if want.kind != have.kind:
            problems.append(f"{have} is {have.kind}, the stubs' {want} is {want.kind}")
        elif names is not None and have.name not in names:
            problems.append(f"parameter {have.name!r} is {want.name!r} in the stubs")
        elif want.optional and not have.optional:
            problems.append(f"{have.name} has no default; the stubs make it optional")
        elif have.optional and not want.optional:
            extras.append(have.name + "=")
    for have in shim[len(stub):]:
        if have.optional:
            extras.append("+" + str(have))
        else:
            problems.append(f"{have.name} is required and the stubs do not have it")
    return problems, extras


def survey() -> dict[str, dict]:
    """Per namespace: documented (stub) names, emulated ones, mismatches, extras."""
    stubs = _stub_files()
    result = {}
    for namespace in NAMESPACES:
        documented = _stub_functions(stubs.get(namespace, ""))
        try:
            module = importlib.import_module(f"system.{namespace}")
        except ModuleNotFoundError:
            module = None
        exported = getattr(module, "__all__", ()) if module is not None else ()
        emulated = sorted(n for n in exported if n in documented and inspect.isfunction(getattr(module, n)))
        problems, extras = {}, {}
        for name in emulated:
            expected = _manual(MANUAL[namespace, name]) if (namespace, name) in MANUAL else documented[name]
            found, extra = compare(expected, _shim_params(getattr(module, name)))
            if found:
                problems[name] = found
            if extra:
                extras[name] = extra
        result[namespace] = {"documented": sorted(documented), "emulated": emulated, "problems": problems,
                             "extras": extras, "missing": sorted(set(documented) - set(emulated))}
    return result


@pytest.fixture(scope="module")
def figures():
    return survey()


def test_the_stubs_are_ignitions_8_1_api():
    version = metadata.version("ignition-api-stubs")
    assert version.startswith("8.1."), version
    assert "httpClient" in _stub_functions(_stub_files()["net"])


def test_compare_catches_each_kind_of_mismatch():
    stub = [Param("url", "positional", False), Param("timeout", "positional", True)]
    assert compare(stub, [Param("uri", "positional", False), Param("timeout", "positional", True)])[0] == [
        "parameter 'uri' is 'url' in the stubs"]
    assert compare(stub, [Param("url", "positional", False), Param("timeout", "positional", False)])[0] == [
        "timeout has no default; the stubs make it optional"]
    assert compare(stub, [Param("url", "positional", False)])[0] == ["1 parameters, the stubs have 2"]
    assert compare(stub, [Param("url", "positional", True), Param("timeout", "positional", True)]) == ([], ["url="])
    assert compare(stub, stub + [Param("scope", "positional", True)]) == ([], ["+scope="])
    assert compare(stub, stub + [Param("scope", "positional", False)])[0] == [
        "scope is required and the stubs do not have it"]
    assert compare([Param("arg", "positional", False)], [Param("window", "positional", False)]) == ([], [])
    merged = [Param("columnNameOrIndex", "positional", False)]
    assert compare(merged, [Param("columnIndex", "positional", False)]) == ([], [])
    assert compare(merged, [Param("columnName", "positional", False)]) == ([], [])
    assert compare(merged, [Param("column", "positional", False)])[0] == [
        "parameter 'column' is 'columnNameOrIndex' in the stubs"]
    overloads = [Param("url", "positional", False), Param("args", "*args", True)]
    assert compare(overloads, [Param("url", "positional", False), Param("data", "positional", True)]) == ([], [])


@pytest.mark.parametrize("namespace", NAMESPACES)
def test_every_emulated_function_has_ignitions_signature(namespace, figures, report_figure):
    entry = figures[namespace]
    documented, emulated = len(entry["documented"]), len(entry["emulated"])
    share = f"{100 * emulated / documented:.0f}%" if documented else "-"
    line = f"signatures: system.{namespace:<12} {emulated:>3} / {documented:<3} emulated ({share}), " \
           f"{len(entry['problems'])} mismatched"
    if entry["extras"]:
        line += "; defaults the stubs do not give: " + ", ".join(
            f"{name}({' '.join(extra)})" for name, extra in sorted(entry["extras"].items()))
    report_figure(line)
    if entry["missing"]:
        report_figure(f"signatures: system.{namespace} not emulated: {', '.join(entry['missing'])}")
    assert not entry["problems"], "\n".join(
        f"system.{namespace}.{name}: {'; '.join(found)}" for name, found in sorted(entry["problems"].items()))


#: The 7.9-only functions (not in the 8.1 stubs), as their 7.9 manual pages spell them
#: (docs/7.9/appendix/scripting-functions/system-tag/system-tag-NAME); "=" marks the optional ones.
SEVEN_NINE = {
    "read": "tagPath", "readAll": "tagPaths", "write": "tagPath value suppressErrors=",
    "writeAll": "tagPaths values", "writeSynchronous": "tagPath value timeout=",
    "writeAllSynchronous": "tagPaths values timeout=",
    "browseTags": "parentPath tagPath= tagType= dataType= udtParentType= recursive= sort=",
    "browseTagsSimple": "parentPath sort",
    "addTag": "parentPath name tagType dataType= accessRights= enabled= value= attributes= parameters= "
              "overrides= alarmList= alarmConfig=",
    "editTag": "tagPath attributes= parameters= accessRights= overrides= alarmList= alarmConfig=",
    "editTags": "tagPaths attributes= parameters= accessRights= overrides= alarmList= alarmConfig=",
    "removeTag": "tagPath", "removeTags": "tagPaths", "getAttribute": "tagPath attribute",
    "getTagValue": "tagPath",
}


@pytest.mark.parametrize("name", sorted(SEVEN_NINE))
def test_seven_nine_tag_functions_have_the_79_manuals_signature(name):
    import system.tag

    problems, _ = compare(_manual(SEVEN_NINE[name]), _shim_params(getattr(system.tag, name)))
    assert not problems, f"system.tag.{name}: {'; '.join(problems)}"


def test_every_export_is_compared_with_a_documented_signature():
    """Each exported function is in the 8.1 stubs, in MANUAL or in SEVEN_NINE; the stubs' overloads
    (``*args``) are the only ones compared no further than their fixed parameters."""
    stubs = _stub_files()
    unchecked = []
    for namespace in NAMESPACES:
        module = importlib.import_module(f"system.{namespace}")
        documented = _stub_functions(stubs.get(namespace, ""))
        for name in module.__all__:
            if not inspect.isfunction(getattr(module, name)):
                continue
            if name not in documented and not (namespace == "tag" and name in SEVEN_NINE):
                unchecked.append(f"system.{namespace}.{name}")
    assert unchecked == []
