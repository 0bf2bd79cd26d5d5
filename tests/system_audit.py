"""A pytest plugin that audits, function by function, what the test suite does with each
exported ``system.*`` function: which tests call it, whether some call leaves each optional
parameter out (its default is exercised), passes it by keyword, returns normally, and raises.

Run it over the suite (or part of it) and read the gap list it prints and writes:

    SHIM_SYSTEM_AUDIT=/tmp/audit.json python -m pytest -q -p no:randomly tests/

Only calls made in the pytest process are seen (not ``shim`` subprocesses); a call that one
``system.*`` function makes to another is not counted (only the outermost). Whether a test
*asserts* on the result cannot be seen from here: ``tests/test_system_contracts.py`` holds the
per-function rows that do (documented default, result shape, one error case).
"""
from __future__ import annotations

import functools
import importlib
import inspect
import json
import os
import threading
import types
from collections import defaultdict

NAMESPACES = ("tag", "db", "dataset", "date", "util", "gui", "nav", "net", "perspective", "security", "file",
              "alarm", "user", "opc", "project", "math", "sfc", "report", "print", "device", "opchda")

_current = {"test": None}
_local = threading.local()
_records: dict[str, dict] = {}


def _record(qualname: str) -> dict:
    entry = _records.get(qualname)
    if entry is None:
        entry = _records[qualname] = {"tests": set(), "calls": 0, "defaulted": defaultdict(int),
                                      "keywords": defaultdict(int), "returned": defaultdict(int),
                                      "raised": defaultdict(int)}
    return entry


def _wrap(qualname: str, function):
    signature = inspect.signature(function)
    optional = [p.name for p in signature.parameters.values()
                if p.default is not inspect.Parameter.empty]

    @functools.wraps(function)
    def audited(*args, **kwargs):
        if getattr(_local, "depth", 0):
            return function(*args, **kwargs)
        entry = _record(qualname)
        entry["calls"] += 1
        if _current["test"]:
            entry["tests"].add(_current["test"])
        try:
            bound = signature.bind(*args, **kwargs).arguments
        except TypeError:
            bound = None
        if bound is not None:
            for name in optional:
                if name not in bound:
                    entry["defaulted"][name] += 1
        for name in kwargs:
            entry["keywords"][name] += 1
        _local.depth = 1
        try:
            result = function(*args, **kwargs)
        except BaseException as exc:
            entry["raised"][type(exc).__name__] += 1
            raise
        finally:
            _local.depth = 0
        entry["returned"][type(result).__name__] += 1
        return result
    audited.__shim_audited__ = True
    return audited


def exported() -> dict[str, object]:
    """qualname -> function, for every function in a namespace's ``__all__``."""
    found = {}
    for namespace in NAMESPACES:
        module = importlib.import_module(f"system.{namespace}")
        for name in module.__all__:
            value = getattr(module, name)
            if isinstance(value, types.FunctionType):
                found[f"system.{namespace}.{name}"] = (module, name, value)
    return found


def pytest_configure(config):
    if not os.environ.get("SHIM_SYSTEM_AUDIT"):
        return
    for qualname, (module, name, function) in exported().items():
        if not getattr(function, "__shim_audited__", False):
            setattr(module, name, _wrap(qualname, function))


def pytest_runtest_setup(item):
    _current["test"] = item.nodeid


def pytest_runtest_teardown(item):
    _current["test"] = None


def gaps(functions: dict[str, object], records: dict[str, dict]) -> dict[str, list[str]]:
    """qualname -> what no test did with it (never called, a default never exercised, never
    returned, never raised)."""
    result = {}
    for qualname, (_module, _name, function) in sorted(functions.items()):
        entry = records.get(qualname)
        if entry is None or not entry["calls"]:
            result[qualname] = ["never called"]
            continue
        missing = []
        wrapped = inspect.unwrap(function)
        for p in inspect.signature(wrapped).parameters.values():
            if p.default is not inspect.Parameter.empty and not entry["defaulted"].get(p.name):
                missing.append(f"default of {p.name}")
        if not entry["returned"]:
            missing.append("no call returned")
        if not entry["raised"]:
            missing.append("no call raised")
        if missing:
            result[qualname] = missing
    return result


def pytest_terminal_summary(terminalreporter):
    path = os.environ.get("SHIM_SYSTEM_AUDIT")
    if not path:
        return
    functions = exported()
    found = gaps(functions, _records)
    payload = {name: {"tests": sorted(entry["tests"]), "calls": entry["calls"],
                      "defaulted": dict(entry["defaulted"]), "keywords": dict(entry["keywords"]),
                      "returned": dict(entry["returned"]), "raised": dict(entry["raised"])}
               for name, entry in sorted(_records.items())}
    with open(path, "w", encoding="utf-8") as out:
        json.dump({"records": payload, "gaps": found}, out, indent=1, sort_keys=True)
    terminalreporter.section("system.* audit")
    terminalreporter.write_line(f"{len(functions)} functions, {len(functions) - len(found)} without a gap; "
                                f"report in {path}")
    for qualname, missing in found.items():
        terminalreporter.write_line(f"{qualname}: {', '.join(missing)}")
