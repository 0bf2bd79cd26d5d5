"""system.util translate/getVersion/audit, the logger's Java formatting, jsonDecode as the
manual describes it, system.project, system.report, and the dataset/date fixes of issue #19,
through real handlers."""
from __future__ import annotations

import pytest

from runtime.backends.audit import audit_log
from systemkit import fail_one, handler_files, run_one


def gw81(make_gateway, source: str, semantics: str = "8.1", **extra):
    files = handler_files(source, semantics=semantics)
    files.update(extra)
    return make_gateway(files, synchronous=True)


TRANSLATIONS = {"_gateway/translations.json": {"de": {"Start": "Starten", "Tank": "Behälter"},
                                               "fr_CA": {"Start": "Démarrer"}}}


def test_translate_looks_terms_up_by_locale_with_language_fallback(make_gateway):
    gw = gw81(make_gateway, """
print system.util.translate("Start", "de"), system.util.translate("Start", "de_AT"), system.util.translate("Start", "de-DE")
print system.util.translate("Start", locale="fr-CA"), system.util.translate("Start", "fr")
print system.util.translate("Start"), system.util.translate("Stop", "de"), system.util.translate("Stop", "de", True)
print repr(system.util.translate("Tank", "de")), system.util.translate(term="Tank", strict=True)
""", **TRANSLATIONS)
    assert run_one(gw).output == ["Starten Starten Starten", "Démarrer Start", "Start Stop None",
                                  "u'Beh\\xe4lter' None"]


def test_translate_uses_the_gateway_locale_and_checks_its_term(make_gateway):
    gw = gw81(make_gateway, 'print system.util.translate("Start")\nsystem.util.translate(5)',
              **TRANSLATIONS, **{"_gateway/gateway.json": {"locale": "de_DE"}})
    run = fail_one(gw)
    assert run.output == ["Starten"] and "term must be a string" in run.error


def test_translate_manual_example_runs_as_written_in_a_client(make_gateway):
    """The manual's example reads and writes a Text Field; here the text comes from a plain
    object standing in for the component tree (Vision components are sysb's)."""
    gw = gw81(make_gateway, """
class Field(object):
    text = "Start"
class Parent(object):
    def getComponent(self, name):
        return field
class Source(object):
    parent = Parent()
class Event(object):
    source = Source()
field = Field()
event = Event()
text = event.source.parent.getComponent('Text Field').text
translation = system.util.translate(text)
event.source.parent.getComponent('Text Field').text = translation
print field.text
""", **TRANSLATIONS, **{"_gateway/gateway.json": {"locale": "de"}})
    assert run_one(gw).output == ["Starten"]


def test_get_version_follows_semantics_or_gateway_json(make_gateway):
    gw = gw81(make_gateway, """
v = system.util.getVersion()
print v, v.getMajor(), v.getMinor(), v.getRevision(), v.major
print v.isFutureVersion(system.util.getVersion()), v.toParseableString()
""")
    assert run_one(gw).output == ["8.1.33 (b0) 8 1 33 8", "False 8.1.33.0"]
    gw = gw81(make_gateway, "print system.util.getVersion()", semantics="7.9")
    assert run_one(gw).output == ["7.9.21 (b0)"]
    gw = gw81(make_gateway, "print system.util.getVersion().getRevision()",
              **{"_gateway/gateway.json": {"version": "8.1.17 (b2022051710)"}})
    assert run_one(gw).output == ["17"]


def test_audit_records_events(make_gateway):
    gw = gw81(make_gateway, """
system.util.audit("Recipe Changed", "Line1/Cola", "default", "bob", originatingSystem=["host", "HMI-1"])
system.util.audit(action="Shift Start", statusCode=1, eventTimestamp=system.date.getDate(2024, 0, 1))
try:
    system.util.audit(statusCode="x")
except TypeError, e:
    print e
""")
    assert run_one(gw).output == ["audit(): statusCode must be an integer, not str"]
    first, second = audit_log(gw).events
    assert (first.action, first.action_value, first.actor, first.originating_system) == \
        ("Recipe Changed", "Line1/Cola", "bob", ("host", "HMI-1"))
    assert (second.action, second.status_code, second.actor, second.actor_host) == ("Shift Start", 1, None, "localhost")


def test_logger_formats_like_java_and_has_every_level_test(make_gateway):
    gw = gw81(make_gateway, """
log = system.util.getLogger("Plant.Recipes")
log.infof("%,d items, %s and %s", 1234567, True, None)
log.warnf("%2$s before %1$s, %3$b %4$b %5$05.1f%% %b", "one", "two", None, 0, 3.14159)
log.info(None)
log.error("failed", ValueError("boom"))
log.fatal("stopping")
log.debugf("not %d shown", 1)
print log.isWarnEnabled(), log.isErrorEnabled(), log.isInfoEnabled(), log.isDebugEnabled(), log.isTraceEnabled()
log.infof("%d", "text")
""")
    run = fail_one(gw)
    messages = [r.message for r in gw.log.records if r.logger == "Plant.Recipes"]
    assert messages == ["1,234,567 items, true and null", "two before one, false true 003.1% true", "null",
                        "failed\nboom", "stopping"]
    assert run.output == ["True True True False False"]
    assert "IllegalFormatConversionException" in run.error


def test_json_decode_gives_unicode_and_returns_invalid_json_unchanged(make_gateway):
    gw = gw81(make_gateway, """
obj = system.util.jsonDecode('{"name": "T1", "levels": [1, 2.5, null, true]}')
print obj, type(obj["name"]).__name__
print system.util.jsonDecode("not json"), system.util.jsonDecode(""), system.util.jsonDecode("42")
print system.util.jsonDecode(system.util.jsonEncode({"a": [1, "b"]}))
""", semantics="7.9")
    assert run_one(gw).output == ["{u'name': u'T1', u'levels': [1, 2.5, None, True]} unicode",
                                  "not json  42", "{u'a': [1, u'b']}"]


def test_project_functions_are_8x(make_gateway):
    files = {"Y/project.json": {"ignition": "8.1"}}
    gw = gw81(make_gateway, "print system.project.getProjectName(), system.project.getProjectNames()\n"
                            "system.project.requestScan()\nsystem.project.requestScan(10)", **files)
    assert run_one(gw).output == ["X [u'X', u'Y']"]
    gw = gw81(make_gateway, "system.project.getProjectName()", semantics="7.9")
    assert "new in Ignition 8" in fail_one(gw).error


@pytest.mark.parametrize("call", ['executeReport("Reports/Daily", "X", {"line": 1}, "pdf")',
                                  'executeAndDistribute("Reports/Daily", action="email")',
                                  'getReportNamesAsList()', 'getReportNamesAsDataset(includeReportName=True)'])
def test_report_functions_say_they_need_the_reporting_module(make_gateway, call):
    gw = gw81(make_gateway, f"system.report.{call}")
    name = call.split("(")[0]
    assert f"system.report.{name} needs Ignition's Reporting module, which shim does not emulate" in fail_one(gw).error


def test_dataset_rows_print_unicode_once_and_csv_localizes_numbers(make_gateway):
    gw = gw81(make_gateway, """
ds = system.dataset.toDataSet(["name", "qty"], [[u"Cola", 1234.5], ["Lemon", 7]])
print system.dataset.toPyDataSet(ds)[0]
print system.dataset.toCSV(ds, True, False, True),
print system.dataset.toCSV(ds, localized=False),
""", semantics="7.9")
    assert run_one(gw).output == ["[u'Cola', 1234.5]", '"name","qty"', '"Cola","1,234.5"', '"Lemon","7"',
                                  '"name","qty"', '"Cola","1234.5"', '"Lemon","7"']


def test_date_parse_takes_a_locale_string(make_gateway):
    gw = gw81(make_gateway, """
print system.date.parse("05.01.2020 13:45", "dd.MM.yyyy HH:mm", "de_DE")
print system.date.parse("Jan 5, 2020", "MMM d, yyyy", "en-US")
system.date.parse("5 janv. 2020", "d MMM yyyy", "fr_FR")
""")
    run = fail_one(gw)
    assert run.output == ["Sun Jan 05 13:45:00 UTC 2020", "Sun Jan 05 00:00:00 UTC 2020"]
    assert "with locale fr_FR is not emulated by shim (English only)" in run.error


def test_logging_levels_audit_log_queries_terms_and_edition(make_gateway):
    gw = gw81(make_gateway, """
log = system.util.getLogger("Plant.Recipes")
print log.isDebugEnabled()
system.util.setLoggingLevel("Plant", "debug")
print log.isDebugEnabled(), log.isTraceEnabled(), system.util.getLogger("Other").isDebugEnabled()
log.debug("now shown")
system.util.setLoggingLevel("Plant.Recipes", "error")
log.warn("not shown")
system.util.audit("Recipe Changed", "Cola", actor="bob")
system.util.audit("Shift Start", "B", actor="ann")
ds = system.util.queryAuditLog(actorFilter="b*")
print ds.rowCount, ds.getValueAt(0, "ACTION"), ds.getValueAt(0, "ACTION_VALUE"), ds.getValueAt(0, "ACTOR")
print system.util.queryAuditLog(actionFilter="%Start%").rowCount, system.util.queryAuditLog().rowCount
print system.util.queryAuditLog(endDate=system.date.addHours(system.date.now(), -9)).rowCount
print system.util.getAvailableTerms(), system.util.getAvailableLocales()
system.util.modifyTranslation("Stop", "Anhalten", "de")
print system.util.translate("Stop", "de"), system.util.getEdition()
system.util.setLoggingLevel("Plant", "loud")
""", **TRANSLATIONS)
    run = fail_one(gw)
    assert run.output == ["False", "True False False", "1 Recipe Changed Cola bob", "1 2", "0",
                          "[u'Start', u'Tank'] [u'de', u'fr_ca']", "Anhalten standard"]
    messages = [r.message for r in gw.log.records if r.logger == "Plant.Recipes"]
    assert messages == ["now shown"]
    assert "loggerLevel must be trace, debug, info, warn or error" in run.error


def test_client_locale_drives_translations(make_gateway):
    gw = gw81(make_gateway, "pass", **TRANSLATIONS)
    from runtime.tools.interpreter import Interpreter

    out, err = [], []
    client = gw.open_client("X", user="bob")
    Interpreter(gw, gw.session_host(client), out.append, err.append).run_script("""
print system.util.getLocale(), system.util.translate("Start")
system.util.setLocale("de_DE")
print system.util.getLocale(), system.util.translate("Start")
""", "<client>")
    assert out == ["en Start", "de_DE Starten"], err
    gw2 = gw81(make_gateway, 'print system.util.getLocale()\nsystem.util.setLocale("de")')
    run = fail_one(gw2)
    assert run.output == ["en"] and "setLocale" in run.error
