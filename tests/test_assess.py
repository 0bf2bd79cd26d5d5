"""``shim assess``: a migration-readiness report. A synthetic plant project holds one known gap
of every kind the report names, each asserted in the JSON with its file and line; the real
exports of ../shared/fixtures are assessed as they are; the HTML is opened in a real headless
browser (skipped where Chromium or playwright is missing)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from runtime.cli import main
from runtime.tools.assess import classify

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
EXPORTS = sorted(FIXTURES.glob("proj79/*.proj")) + sorted(FIXTURES.glob("ign8/*.zip"))

GOOD_LIBRARY = '''\
"""Shared helpers for the packaging line (plant code style)."""
import re
from java.util import Date

log = system.util.getLogger("Packaging")
PATTERN = re.compile(r"^L(\\d+)$")


class Line(object):
    def __init__(self, name):
        self.name = name
        self.count = 0

    def bump(self):
        try:
            self.count += 1
        except Exception, e:
            log.error("bump failed: %s" % e)
        return self.count


def lineNumber(name):
    log.debug("lineNumber %s" % name)
    match = PATTERN.match(name)
    if match is None:
        return -1
    return int(match.group(1))


def stamp():
    return Date()
'''

GAPS = {
    # library modules: each fails to load for one reason
    "X/library/reports.py": 'import logging\nimport subprocess\n\ndef run(cmd):\n    return subprocess.call(cmd)\n',
    "X/library/stats.py": '"""Statistics with numpy."""\nimport numpy\n\ndef mean(values):\n    return numpy.mean(values)\n',
    "X/library/colors.py": 'from java.awt import GradientPaint\n\nALARM = GradientPaint\n',
    "X/library/scope.py": 'from com.inductiveautomation.ignition.common.model import ApplicationScope\n',
    "X/library/sms.py": 'ACCOUNTS = system.twilio.getAccounts()\n',
    "X/library/config.py": 'SETTINGS = {"line": 3}\nLIMIT = SETTINGS["limit"]\n',
    "X/library/secrets.py": 'def read():\n    return 1\n\nDATA = open("/etc/passwd").read()\n',
    "X/library/broken.py": 'def f(:\n    pass\n',
    "X/library/util.py": GOOD_LIBRARY,
    # a fallback for a missing module: a warning, not a block
    "X/library/fastjson.py": 'try:\n    import simplejson as json\nexcept ImportError:\n    import json\n\nencode = json.dumps\n',
    # a misspelt function: not emulated, nor in Ignition 8.1
    "X/client/message/showLine.py": 'system.nav.openWindw("Line/Overview")\n',
    # a handler: an unemulated system.* call, an undefined tag, a missing named query
    "X/gateway/message/recalc.py": (
        'def handleMessage(payload):\n'
        '\tlog = system.util.getLogger("recalc")\n'
        '\tlevel = system.tag.readBlocking(["[default]Tanks/T1/Level"])[0].value\n'
        '\tspeed = system.tag.readBlocking(["[default]Tanks/T9/Speed"])[0].value\n'
        '\trows = system.db.runNamedQuery("Reports/daily", {})\n'
        '\tweekly = system.db.runNamedQuery("Reports/weekly", {})\n'
        '\tsystem.twilio.sendSms("Plant", "+15550100", "level %s" % level)\n'
        '\tlog.info("recalc %s" % project.util.lineNumber("L3"))\n'
    ),
    "X/gateway/message/recalc.json": ('{"threading": "dedicated",\n "security": {"remote": false, '
                                      '"roles": ["Supervisor", "Operator"], "zones": ["Plant Floor"]}}'),
    "X/gateway/events/timer/poll.py": 'system.tag.writeBlocking(["[default]Tanks/T1/Level"], [1])\n',
    "X/gateway/events/timer/poll.json": '{"delay": 5000}',
    "X/namedqueries/Reports/daily.sql": 'SELECT 1\n',
    "_gateway/tags.json": '{"Tanks/T1/Level": 10}',
    "_gateway/pylib/plant/__init__.py": '',
    "_gateway/pylib/plant/helpers.py": 'def twice(x):\n    return 2 * x\n',
    "_gateway/pylib/plant/lines.py": 'import helpers\n\nDOUBLE = helpers.twice(2)\n',
}


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("SHIM_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture
def plant(tmp_path) -> Path:
    write(tmp_path / "vendor", {"acme/__init__.py": 'import requests\n'})
    return write(tmp_path / "projects", GAPS)


def assess_json(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["assess", *args, "--json"])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def finding(data: dict, kind: str, file: str) -> dict:
    found = [f for f in data["findings"] if f["kind"] == kind and f["file"] == file]
    assert found, f"no {kind} in {file}: {[(f['kind'], f['file']) for f in data['findings']]}"
    return found[0]


def test_every_kind_of_gap_is_found_with_its_file_and_line(plant, tmp_path):
    status, data = assess_json(str(plant), "--pylib", str(tmp_path / "vendor"))
    assert status == 1 and data["summary"]["status"] == "blocked"
    refused = finding(data, "refused-module", "X/library/reports.py")
    assert refused["line"] == 2 and refused["origin"] == "stdlib" and refused["rule"] == "import allow-list"
    assert refused["source"] == "import subprocess" and refused["stage"] == "load"
    numpy = finding(data, "missing-module", "X/library/stats.py")
    assert (numpy["line"], numpy["origin"], numpy["target"]) == (2, "third-party", "numpy")
    java = finding(data, "missing-java-class", "X/library/colors.py")
    assert java["line"] == 1 and "java.awt" in java["message"]
    ignition = finding(data, "missing-module", "X/library/scope.py")
    assert ignition["origin"] == "ignition"
    sms = finding(data, "missing-system-function", "X/library/sms.py")
    assert sms["line"] == 1 and "system.twilio.getAccounts" in sms["message"]
    logic = finding(data, "module-logic", "X/library/config.py")
    assert logic["line"] == 2 and logic["message"].startswith("KeyError")
    sandbox = finding(data, "sandbox-refusal", "X/library/secrets.py")
    assert sandbox["line"] == 4 and sandbox["rule"] == "files folder only"
    syntax = finding(data, "syntax-error", "X/library/broken.py")
    assert syntax["line"] == 1
    call = finding(data, "missing-system-function", "X/gateway/message/recalc.py")
    assert call["line"] == 7 and call["target"] == "system.twilio.sendSms" and call["stage"] == "static"
    tag = finding(data, "undefined-tag", "X/gateway/message/recalc.py")
    assert (tag["line"], tag["target"], tag["blocking"]) == (4, "[default]Tanks/T9/Speed", False)
    query = finding(data, "missing-named-query", "X/gateway/message/recalc.py")
    assert query["line"] == 6 and query["target"] == "Reports/weekly"
    fallback = finding(data, "missing-module", "X/library/fastjson.py")
    assert (fallback["line"], fallback["blocking"], fallback["guarded"]) == (2, False, True)
    assert {f["path"]: f["load"] for f in data["files"]}["X/library/fastjson.py"] == "loaded"
    typo = finding(data, "missing-system-function", "X/client/message/showLine.py")
    assert typo["target"] == "system.nav.openWindw"
    if classify.ignition_api() is not None:  # ignition-api-stubs installed (the test extra)
        assert typo["in_ignition_81"] is False and "nor is it in Ignition 8.1" in typo["message"]
        assert call["in_ignition_81"] is True
    vendor = [f for f in data["findings"] if f.get("target") == "requests"]
    assert vendor and vendor[0]["origin"] == "third-party" and "assess-pylib" in vendor[0]["file"]
    # what loads, loads; only the gaps are reported
    files = {f["path"]: f for f in data["files"]}
    assert files["X/library/util.py"]["load"] == "loaded" and files["X/library/util.py"]["blocking"] == 0
    assert files["_gateway/pylib/plant/lines.py"]["load"] == "loaded"
    assert not [f for f in data["findings"] if f["file"] in ("X/library/util.py", "_gateway/pylib/plant/lines.py")]
    # blocking items first
    kinds = [f["blocking"] for f in data["findings"]]
    assert kinds == sorted(kinds, reverse=True)


def test_the_inventory_lists_handlers_events_queries_tags_and_modules(plant):
    _, data = assess_json(str(plant))
    project = data["projects"][0]
    assert [(h["context"], h["name"], h["threading"]) for h in project["handlers"]] == [
        ("gateway", "recalc", "dedicated"), ("client", "showLine", "shared")]
    assert project["handlers"] == [
        {"context": "gateway", "name": "recalc", "threading": "dedicated", "enabled": True, "time_limit": None,
         "problem": None, "file": "X/gateway/message/recalc.py",
         "security": {"remote": False, "roles": ["Operator", "Supervisor"], "zones": ["Plant Floor"]}},
        {"context": "client", "name": "showLine", "threading": "shared", "enabled": True, "time_limit": None,
         "problem": None, "file": "X/client/message/showLine.py", "security": None}]
    timer = project["events"][0]
    assert (timer["label"], timer["delay_ms"], timer["threading"]) == ("timer/poll", 5000, "shared")
    assert project["named_queries"] == ["Reports/daily"]
    tags = {t["path"]: t["defined"] for t in data["tags"]}
    assert tags == {"[default]Tanks/T1/Level": True, "[default]Tanks/T9/Speed": False}
    imports = {(i["module"], i["name"]): i for i in data["imports"]}
    assert imports[("java.util", "Date")]["status"] == "emulated"
    assert imports[("re", None)]["status"] == "emulated" and imports[("re", None)]["origin"] == "stdlib"
    assert imports[("subprocess", None)]["status"] == "refused"
    assert imports[("java.awt", "GradientPaint")]["status"] == "missing"
    coverage = {n["namespace"]: n for n in data["coverage"]["namespaces"]}
    assert coverage["system.tag"]["share"] == 1.0 and coverage["system.twilio"]["share"] == 0.0
    calls = data["coverage"]["calls"]
    assert data["coverage"]["emulated"] == calls - 3  # the two system.twilio calls and the typo
    summary = data["summary"]
    assert summary["line"].startswith("projects: ") and f"({calls - 3} of {calls} call sites)" in summary["line"]


def test_what_is_emulated_is_read_from_the_system_package(plant, monkeypatch):
    """A function another part of shim adds shows up as emulated with no change here."""
    import system.util

    write(plant, {"X/gateway/message/quit.py": "system.util.shutdownLine(True)\n"})
    classify.system_function.cache_clear()
    _, data = assess_json(str(plant))
    assert [f for f in data["findings"] if f.get("target") == "system.util.shutdownLine"]
    monkeypatch.setattr(system.util, "__all__", [*system.util.__all__, "shutdownLine"])
    classify.system_function.cache_clear()
    _, data = assess_json(str(plant))
    assert not [f for f in data["findings"] if f.get("target") == "system.util.shutdownLine"]
    classify.system_function.cache_clear()


def test_a_clean_project_exits_0_and_prints_the_summary(tmp_path):
    root = write(tmp_path / "projects", {"X/library/util.py": GOOD_LIBRARY,
                                         "X/gateway/message/hello.py": 'print "hello", payload\n'})
    result = CliRunner().invoke(main, ["assess", str(root)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == (
        "projects: 2 of 2 scripts ready, 1 of 1 library modules load, system.* 100% emulated "
        "(1 of 1 call sites); 0 blocking, 0 warnings")


def test_the_user_folder_is_left_as_it_was(plant):
    before = {p: p.read_bytes() for p in plant.rglob("*") if p.is_file()}
    assess_json(str(plant))
    assert {p: p.read_bytes() for p in plant.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("args, message", [
    (["/nonexistent/Plant.proj"], "no such export or projects folder"),
    (["{tmp}/notes.txt"], "not an Ignition export"),
    (["{tmp}"], "holds no project"),
    (["{projects}", "--pylib", "/nonexistent/pylib"], "--pylib /nonexistent/pylib: not a folder"),
    (["{projects}", "--html", "/nonexistent/dir/report.html"], "cannot write"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, args, message):
    (tmp_path / "notes.txt").write_text("not an export")
    projects = write(tmp_path / "p", {"X/library/util.py": GOOD_LIBRARY})
    args = [a.format(tmp=tmp_path, projects=projects) for a in args]
    result = CliRunner().invoke(main, ["assess", *args])
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.output


def test_progress_bar_on_request(plant):
    result = CliRunner().invoke(main, ["assess", str(plant), "--progress"])
    assert "assessing" in result.stderr and result.exit_code == 1


@pytest.mark.skipif(not EXPORTS, reason="../shared/fixtures is not present")
@pytest.mark.parametrize("export", EXPORTS, ids=lambda p: p.name)
def test_real_exports_are_assessed(export):
    status, data = assess_json(str(export))
    listed = CliRunner().invoke(main, ["list", "--json", "--projects", str(export)])
    handlers = {(p["project"], h) for p in map(json.loads, listed.stdout.splitlines())
                for h in p["handlers"]["gateway"]}
    assert {(p["name"], h["name"]) for p in data["projects"] for h in p["handlers"]
            if h["context"] == "gateway"} == handlers
    assert status == (1 if data["summary"]["blocking"] else 0)
    assert data["summary"]["line"].startswith(f"{export.name}: ")
    for item in data["findings"]:
        assert item["file"] and not item["file"].startswith("/"), item
        if item["line"]:
            assert item["source"], item


def _browser():
    playwright = pytest.importorskip("playwright.sync_api")
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("chromium is not installed")
    return playwright, executable


def test_the_html_report_in_a_real_browser(plant, tmp_path):
    playwright, executable = _browser()
    report = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["assess", str(plant), "--html", str(report)])
    assert result.exit_code == 1, result.output
    text = report.read_text(encoding="utf-8")
    assert "http://" not in text.replace("http://www.w3.org/2000/svg", "") and "https://" not in text
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            requests = []
            page.on("request", lambda r: requests.append(r.url) if not r.url.startswith("file:") else None)
            page.goto(report.as_uri())
            assert page.inner_text("#status").startswith("Blocked: ")
            headline = page.inner_text("#headline")
            assert headline.splitlines() == ["6 of 16", "scripts ready to run"]
            assert page.locator("tr[id^=item-F]").count() >= 10
            row = page.locator("tr", has_text="system.twilio.sendSms is not emulated by shim")
            assert "X/gateway/message/recalc.py:7" in row.inner_text()
            row.locator("a").click()
            target = page.locator(":target")
            assert 'system.twilio.sendSms("Plant"' in target.locator(".hit").inner_text()
            assert page.locator("#coverage-chart rect").count() >= 2
            handler = page.locator("tr", has_text="recalc").filter(has_text="dedicated").inner_text()
            assert "remote gateways refused; roles: Operator, Supervisor; zones: Plant Floor" in handler
            assert page.inner_text(".project-line").startswith("X: 3 of 13 scripts ready")  # 3 more are pylib
            assert not requests  # nothing fetched: the page is self-contained
        finally:
            browser.close()


ALIASES = '''\
"""Line helpers that import system.* under other names (plant code does)."""
import system.tag as t
from system import db
from system.util import getLogger as gl
import system.nav as nav

log = gl("Aliases")


def levels():
    log.debug("levels")
    try:
        rows = db.runPrepQuery("SELECT 1", [])
        values = t.readBlocking(["[default]Tanks/T1/Level", "[default]Tanks/T7/Level"])
    except Exception, e:
        log.error("levels failed: %s" % e)
        return []
    t.sendSms("+15550100", "levels")
    return [v.value for v in values]
'''


def test_aliases_trigger_paths_and_a_summary_line_per_project(tmp_path):
    """``import system.tag as t`` / ``from system import db`` / ``from system.util import
    getLogger as gl`` are the call sites they stand for; a tag change script's trigger path
    that the tag configuration lacks is an undefined tag at its line of NAME.json; every
    project gets its own summary line (text, JSON and HTML)."""
    root = write(tmp_path / "projects", {
        "Line1/library/aliases.py": ALIASES,
        "Line1/gateway/events/tagchange/levelAlarm.py": 'system.util.getLogger("levels").info("%s" % newValue)\n',
        "Line1/gateway/events/tagchange/levelAlarm.json": (
            '{"tags": ["[default]Tanks/T1/Level",\n          "[default]Tanks/T4/Level"],\n'
            ' "triggers": ["value"]}'),
        "Line2/gateway/message/hello.py": 'print "hello", payload\n',
        "_gateway/tags.json": '{"Tanks/T1/Level": 10}',
    })
    status, data = assess_json(str(root))
    calls = sorted((c["function"], c["line"], c["status"]) for c in data["calls"] if c["file"].endswith("aliases.py"))
    assert calls == [("system.db.runPrepQuery", 13, "emulated"), ("system.tag.readBlocking", 14, "emulated"),
                     ("system.tag.sendSms", 18, "not emulated"), ("system.util.getLogger", 7, "emulated")]
    sms = finding(data, "missing-system-function", "Line1/library/aliases.py")
    assert (sms["line"], sms["target"]) == (18, "system.tag.sendSms") and status == 1
    literal = [f for f in data["findings"] if f["kind"] == "undefined-tag" and f["file"].endswith("aliases.py")]
    assert [(f["line"], f["target"]) for f in literal] == [(14, "[default]Tanks/T7/Level")]
    trigger = finding(data, "undefined-tag", "Line1/gateway/events/tagchange/levelAlarm.json")
    assert (trigger["line"], trigger["target"], trigger["blocking"]) == (2, "[default]Tanks/T4/Level", False)
    assert "triggers tag change script gateway/tagchange/levelAlarm" in trigger["message"]
    assert trigger["source"] == '"[default]Tanks/T4/Level"],'
    tags = {t["path"]: (t["defined"], [s["file"] for s in t["sites"]]) for t in data["tags"]}
    assert tags["[default]Tanks/T1/Level"] == (True, ["Line1/library/aliases.py",
                                                      "Line1/gateway/events/tagchange/levelAlarm.json"])
    lines = {p["project"]: (p["status"], p["line"]) for p in data["summary"]["projects"]}
    assert lines == {
        "Line1": ("blocked", "Line1: 1 of 2 scripts ready, 1 of 1 library modules load, system.* 80% emulated "
                             "(4 of 5 call sites); 1 blocking, 2 warnings"),
        "Line2": ("ready", "Line2: 1 of 1 scripts ready, 0 of 0 library modules load, system.* 100% emulated "
                           "(0 of 0 call sites); 0 blocking, 0 warnings")}
    text = CliRunner().invoke(main, ["assess", str(root)]).stdout.splitlines()
    assert text[-3:] == [lines["Line1"][1], lines["Line2"][1], data["summary"]["line"]]
    report = tmp_path / "r.html"
    CliRunner().invoke(main, ["assess", str(root), "--html", str(report)])
    assert lines["Line2"][1] in report.read_text(encoding="utf-8")


def test_a_second_assessment_translates_and_compiles_nothing(tmp_path, monkeypatch):
    """What makes a warm assessment of a big project fast (``python -m runtime.bench assess``
    times 1,000 modules): the second run of an unchanged plant project (runtime.tools.plantcode)
    parses no script and compiles none, and reports the same."""
    from runtime.scripts.legacy.translate import translate
    from runtime.scripts.sandbox import compiler
    from runtime.tools.assess import scan
    from runtime.tools.plantcode import write_library

    generated = write_library(tmp_path / "projects", modules=12, seed=3)
    _, first = assess_json(str(tmp_path / "projects"))
    assert first["summary"]["modules_loaded"] == first["summary"]["modules"] == len(generated.files)
    compiler._memory.clear()
    translate.cache_clear()
    parsed = []
    real_scan = scan._scan
    monkeypatch.setattr(scan, "_scan", lambda source, filename: parsed.append(filename) or real_scan(source, filename))
    compiled = compiler.STATS["compiled"]
    _, second = assess_json(str(tmp_path / "projects"))
    assert parsed == [] and compiler.STATS["compiled"] == compiled
    assert second["summary"] == first["summary"] and second["findings"] == first["findings"]
