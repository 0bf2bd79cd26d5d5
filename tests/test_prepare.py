"""``Gateway.prepare`` / ``ScriptHost.prepare``: a long-running gateway (``shim serve``) or client
process compiles its handlers before it says it is ready, as an Ignition gateway compiles a
project's scripts when it loads it; nothing of them runs, and a handler that does not compile is
still reported, with its line, by its first message."""
from __future__ import annotations

from runtime.gateway import Gateway
from runtime.scripts.sandbox.compiler import is_cached

from conftest import write_tree

STAMP = """import system
logger = system.util.getLogger("Line.stamp")
def describe(value):
    return "stamped %s" % value
try:
    logger.info(describe(payload.get("value")))
except Exception, e:
    logger.error("stamp failed: %s" % e)
return system.date.format(system.date.fromMillis(0), "yyyy")
"""
FILES = {
    "Line/gateway/message/stamp.py": STAMP,
    "Line/gateway/message/broken.py": "x = (\n",
    "Line/library/side.py": "import system\nsystem.util.getGlobals()['library loaded'] = True\n",
}


def test_prepare_compiles_handlers_and_runs_nothing(tmp_path):
    root = write_tree(tmp_path / "projects", {**FILES, "Line/gateway/message/stamp.py": STAMP + "# %s\n" % tmp_path})
    gw = Gateway(root, name="C")
    try:
        spec = gw.projects.require("Line").handlers["gateway"]["stamp"]
        cached = lambda: is_cached(spec.source, str(spec.path), function="handleMessage", params=("payload",))
        assert not cached()
        gw.prepare()
        assert cached()
        assert "library loaded" not in gw.globals and not [r for r in gw.log.records if r.level == "ERROR"]
        assert gw.send_request("Line", "stamp", {"value": 3}, timeout=5).get() == "1970"
        refused = gw.send_request("Line", "broken", timeout=5)
        assert not refused.block()
        errors = [r.message for r in gw.log.records if r.level == "ERROR"]
        assert len(errors) == 1 and errors[0].startswith("Error executing message handler Line/broken"), errors
        assert errors[0].endswith('broken.py", line 2\nScriptSyntaxError: EOF in multi-line statement')
    finally:
        gw.close()
