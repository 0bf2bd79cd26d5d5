"""java.sql's date values and java.util.concurrent's maps, time units and atomics, as database
and caching scripts use them (javadoc: java.sql.Timestamp, java.util.concurrent.TimeUnit,
ConcurrentHashMap, java.util.concurrent.atomic). Their results are differential against real
Jython in tests/java_corpus/sql_001_timestamps.py and util_005_concurrent.py; here: how they
meet the rest of shim (system.date, payloads, threads, the time budget) and escape attempts
through every new class."""
from __future__ import annotations

import threading

import pytest

from runtime.emulated.java import use_default_zone
from runtime.tools.testing import run_legacy_script
from systemkit import leak_probe


def test_a_timestamp_is_a_date_to_system_date(run):
    with use_default_zone("UTC"):
        out = run("from java.sql import Timestamp\n"
                  "t = Timestamp.valueOf('2024-01-31 08:05:09.5')\n"
                  "print system.date.format(t, 'yyyy-MM-dd HH:mm:ss.SSS'), system.date.getHour24(t)\n"
                  "print system.date.addHours(t, 1), system.date.isAfter(t, system.date.getDate(2024, 0, 1))\n")
    assert out == "2024-01-31 08:05:09.500 8\nWed Jan 31 09:05:09 UTC 2024 True\n"


def test_atomic_counters_and_the_concurrent_map_hold_under_threads():
    from runtime.emulated.java.atomic import AtomicInteger
    from runtime.emulated.java.concurrent import ConcurrentHashMap

    counter, seen = AtomicInteger(), ConcurrentHashMap()

    def work(n: int) -> None:
        for i in range(500):
            counter.incrementAndGet()
            seen.putIfAbsent("k%d" % (i % 50), n)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert counter.get() == 4000 and seen.size() == 50


def test_time_unit_sleep_is_the_budgeted_sleep(run, monkeypatch):
    """TimeUnit.sleep sleeps as time.sleep does for scripts (runtime.core.budget.sleep, which a
    script past its time budget wakes from with ScriptTimeout)."""
    calls = []
    monkeypatch.setattr("runtime.emulated.java.concurrent._budget_sleep", calls.append)
    assert run("from java.util.concurrent import TimeUnit\nTimeUnit.MINUTES.sleep(2)\n"
               "TimeUnit.MILLISECONDS.sleep(0)\nprint 'slept'") == "slept\n"
    assert calls == [120.0]  # one budgeted sleep, none for a zero duration


def test_what_is_not_here_says_so(run):
    assert run("from java.util.concurrent import Executors") == (
        "NotEmulatedImportError: java.util.concurrent.Executors is not emulated by shim\n")
    assert run("from java.sql import DriverManager") == (
        "NotEmulatedImportError: java.sql.DriverManager is not emulated by shim\n")
    assert run("from java.util.concurrent import TimeUnit\nTimeUnit()").startswith(
        "TypeError: java.util.concurrent.TimeUnit is an enum")


ESCAPES = [
    "Timestamp(0)._ms", "Timestamp.valueOf.__globals__", "type(Timestamp(0)).__bases__[0].__subclasses__()",
    "Timestamp(0).__shim_copy__", "SqlDate.valueOf.__func__", "Time(0).toString.__globals__['default_zone']",
    "TimeUnit.SECONDS._nanos", "TimeUnit.sleep.__globals__['_budget_sleep']", "TimeUnit._constants",
    "getattr(TimeUnit, '_const' + 'ants')", "ConcurrentHashMap()._lock", "ConcurrentHashMap()._data",
    "ConcurrentHashMap.put.__globals__", "AtomicInteger(1)._value", "AtomicInteger(1)._lock.release()",
    "AtomicInteger._update.__code__", "AtomicBoolean().get.__globals__", "concurrent.threading",
    "atomic.threading", "sql.re", "sql.default_zone", "getattr(atomic, 'thread' + 'ing')",
]


def test_escape_attempts_through_the_new_classes_are_refused(run):
    source = ("from java.sql import Timestamp, Time, Date as SqlDate\n"
              "from java.util.concurrent import TimeUnit, ConcurrentHashMap\n"
              "from java.util.concurrent.atomic import AtomicInteger, AtomicBoolean\n"
              "import java.util.concurrent as concurrent\nimport java.util.concurrent.atomic as atomic\n"
              "import java.sql as sql\n")
    out = run(source + leak_probe(*ESCAPES)).splitlines()
    assert len(out) == len(ESCAPES) and "LEAK" not in out, list(zip(ESCAPES, out))


@pytest.mark.parametrize("statement", [
    "TimeUnit.SECONDS = TimeUnit.DAYS", "TimeUnit.toMillis = len", "ConcurrentHashMap.put = len",
    "AtomicInteger.get = len", "Timestamp.toString = len", "AtomicInteger(1)._value = 5",
    "setattr(TimeUnit.SECONDS, '_nanos', 1)", "ConcurrentHashMap()._data = {}",
])
def test_scripts_cannot_change_the_shared_classes_or_constants(run, statement):
    source = ("from java.sql import Timestamp\nfrom java.util.concurrent import TimeUnit, ConcurrentHashMap\n"
              "from java.util.concurrent.atomic import AtomicInteger\n")
    out = run(source + statement + "\nprint 'changed'")
    assert "changed" not in out
    assert run(source + "print TimeUnit.SECONDS.toMillis(1), AtomicInteger(1).get()") == "1000 1\n"


def test_java_sql_date_leaves_java_util_date_its_name_in_messages():
    """Jython names a Java class by its Java name in TypeError texts; importing java.sql (whose
    Date shares the simple name) must not turn java.util.Date's messages into plain 'Date'."""
    import runtime.emulated.java.sql  # noqa: F401
    from runtime.emulated.java._jclass import JAVA_NAMES

    out = run_legacy_script("from java.sql import Timestamp\nfrom java.util import Date\nlen(Date())\n")
    assert JAVA_NAMES["Date"] == "java.util.Date"
    assert out == "TypeError: object of type 'java.util.Date' has no len()\n"
