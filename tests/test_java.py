"""Emulated java.* packages: Java 17 results as Jython 2.7 shows them, plus a differential run.

Expected values come from the Java documentation and from the real ``jython`` (Java 17), which
is also the oracle of ``test_corpus_matches_jython``: every script in tests/java_corpus runs once
under Jython (TZ=UTC) and once under shim (default zone pinned to UTC); outputs must be equal.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import traceback
import types
from pathlib import Path

import pytest

import runtime.emulated.java as java
from runtime.emulated.java import (NotEmulatedAttributeError, NotEmulatedError, NotEmulatedImportError,
                          use_default_zone)
from runtime.emulated.java import (atomic, awt, awt_event, concurrent, datatransfer, io as jio, lang, net as jnet,
                                  sql, swing, text, util)

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "java_corpus"
RUNNER = HERE / "jython_runner.py"
SCRIPTS = sorted(p for p in CORPUS.glob("*.py") if not p.name.startswith("_"))
JYTHON = os.environ.get("SHIM_JYTHON") or shutil.which("jython")
PACKAGES = (lang, util, text, jio, jnet, awt, datatransfer, swing, sql, concurrent, atomic, awt_event)


def raises_java(cls, fn, *args):
    with pytest.raises(cls) as info:
        fn(*args)
    return str(info.value)


# --- packages, resolution, what scripts can reach ---------------------------------------------

def test_resolve_returns_the_emulated_packages():
    assert java.resolve("java.util") is util
    assert java.resolve("java.lang") is lang
    assert java.resolve("java") is java
    assert java.__all__ == ["awt", "io", "lang", "math", "net", "sql", "text", "util"]


@pytest.mark.parametrize("name", ["javax.swing.table", "java.util.Date", "java.nio.file", "java.awt.geom"])
def test_resolve_refuses_everything_else(name):
    with pytest.raises(NotEmulatedImportError) as info:
        java.resolve(name)
    assert str(info.value) == f"{name} is not emulated by shim"
    assert isinstance(info.value, ImportError) and isinstance(info.value, NotEmulatedError)


def test_missing_members_are_not_emulated_attribute_errors():
    with pytest.raises(NotEmulatedAttributeError) as info:
        util.ConcurrentSkipListMap  # noqa: B018
    assert str(info.value) == "java.util.ConcurrentSkipListMap is not emulated by shim"
    assert isinstance(info.value, AttributeError)
    assert not hasattr(lang, "ProcessBuilder")
    with pytest.raises(AttributeError):
        lang.__wrapped__  # noqa: B018  (dunders stay plain AttributeErrors for Python tooling)


def test_import_name_checks_all():
    assert java.import_name("java.util", "Date") is util.Date
    with pytest.raises(NotEmulatedImportError, match="java.lang.Runtime is not emulated"):
        java.import_name("java.lang", "Runtime")


@pytest.mark.parametrize("module", PACKAGES, ids=lambda m: m.__name__)
def test_all_is_exactly_the_public_namespace(module):
    # ("@py_builtins"/"@pytest_ar" are pytest's assertion rewriting, never script-visible.)
    public = {name for name in vars(module) if not name.startswith(("_", "@"))}
    assert public == set(module.__all__)


def _public_class_attributes(cls):
    for klass in cls.__mro__:
        if klass in (object, BaseException, type):
            continue
        for name, value in vars(klass).items():
            if not name.startswith("_"):
                yield name, value


@pytest.mark.parametrize("module", PACKAGES, ids=lambda m: m.__name__)
def test_classes_hold_no_escape_hatch_or_shared_mutable_state(module):
    forbidden = (types.ModuleType, types.FrameType, types.CodeType, list, dict, set, bytearray)
    for name in module.__all__:
        cls = getattr(module, name)
        for attr, value in _public_class_attributes(cls):
            assert not isinstance(value, forbidden), f"{name}.{attr} is {type(value).__name__}"


def test_instances_expose_no_module_frame_or_code():
    with use_default_zone("UTC"):
        samples = [util.Date(0), util.Calendar.getInstance(), util.HashMap({"a": 1}),
                   util.ArrayList([1]), util.TimeZone.getTimeZone("UTC"), util.Random(1),
                   util.UUID.randomUUID(), text.SimpleDateFormat("yyyy"), text.DecimalFormat(),
                   lang.StringBuilder("x"), lang.RuntimeException("x"), jio.StringWriter(),
                   lang.Thread.currentThread(), lang.System.out]
    for obj in samples:
        for name in dir(obj):
            if name.startswith("_"):
                continue
            value = getattr(obj, name)
            assert not isinstance(value, (types.ModuleType, types.FrameType, types.CodeType))


# --- exceptions and their interop with Python's ------------------------------------------------

def test_java_exceptions_are_not_python_exceptions_and_vice_versa():
    # What the real jython shows: `except Exception` lets a java.lang.RuntimeException through
    # and `except java.lang.Exception` lets a ValueError through.
    assert not issubclass(lang.RuntimeException, Exception)
    assert issubclass(lang.RuntimeException, BaseException)
    assert not issubclass(ValueError, lang.Throwable)
    assert issubclass(lang.NumberFormatException, lang.IllegalArgumentException)
    assert issubclass(lang.IllegalArgumentException, lang.RuntimeException)
    assert issubclass(lang.RuntimeException, lang.Exception)
    assert issubclass(lang.Exception, lang.Throwable)
    assert issubclass(util.NoSuchElementException, lang.RuntimeException)
    assert issubclass(text.ParseException, lang.Exception)
    assert issubclass(jio.FileNotFoundException, jio.IOException)
    with pytest.raises(lang.RuntimeException):
        try:
            raise lang.RuntimeException("boom")
        except Exception:  # noqa: BLE001 - this is the point: it does not catch
            pytest.fail("a Python `except Exception` caught a Java exception")


def test_exception_text_is_javas():
    error = lang.IllegalArgumentException("bad arg")
    assert error.getMessage() == error.message == "bad arg"
    assert str(error) == repr(error) == error.toString() == "java.lang.IllegalArgumentException: bad arg"
    assert lang.NullPointerException().toString() == "java.lang.NullPointerException"
    assert lang.NullPointerException().getMessage() is None
    assert error.getClass().getName() == "java.lang.IllegalArgumentException"
    assert error.getClass().getSimpleName() == "IllegalArgumentException"
    assert repr(lang.IllegalArgumentException) == "<type 'java.lang.IllegalArgumentException'>"
    line = traceback.format_exception_only(type(error), error)[-1]
    assert line == "java.lang.IllegalArgumentException: java.lang.IllegalArgumentException: bad arg\n"


def test_causes():
    inner = lang.IllegalStateException("inner")
    outer = lang.RuntimeException("outer", inner)
    assert outer.getCause() is inner and outer.cause is inner
    wrapped = lang.RuntimeException(inner)
    assert wrapped.getMessage() == "java.lang.IllegalStateException: inner"
    assert wrapped.getCause() is inner
    assert lang.Exception().initCause(inner).getCause() is inner


def test_print_stack_trace_goes_to_stderr_or_a_writer(capsys):
    error = lang.RuntimeException("outer", lang.IllegalStateException("inner"))
    error.printStackTrace()
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == ("java.lang.RuntimeException: outer\n"
                            "Caused by: java.lang.IllegalStateException: inner\n")
    sw = jio.StringWriter()
    error.printStackTrace(jio.PrintWriter(sw))
    assert sw.toString().startswith("java.lang.RuntimeException: outer\n")


def test_parse_exception_keeps_its_offset():
    error = text.ParseException("Unparseable date: \"x\"", 3)
    assert error.getErrorOffset() == 3 and error.errorOffset == 3


# --- java.lang --------------------------------------------------------------------------------

@pytest.mark.parametrize("text_, radix, expected", [
    ("42", 10, 42), ("-17", 10, -17), ("+7", 10, 7), ("ff", 16, 255), ("-101", 2, -5),
    ("2147483647", 10, 2147483647), ("-2147483648", 10, -2147483648), ("\u0661\u0662", 10, 12),
])
def test_parse_int(text_, radix, expected):
    assert lang.Integer.parseInt(text_, radix) == expected


@pytest.mark.parametrize("text_, radix, message", [
    ("abc", 10, 'For input string: "abc"'), ("", 10, 'For input string: ""'),
    ("2147483648", 10, 'For input string: "2147483648"'), (" 12", 10, 'For input string: " 12"'),
    ("1_0", 10, 'For input string: "1_0"'), ("-", 10, 'For input string: "-"'),
    ("zz", 16, 'For input string: "zz" under radix 16'),
    ("1", 1, "radix 1 less than Character.MIN_RADIX"), (None, 10, "Cannot parse null string"),
])
def test_parse_int_errors(text_, radix, message):
    with pytest.raises(lang.NumberFormatException) as info:
        lang.Integer.parseInt(text_, radix)
    assert info.value.getMessage() == message


def test_integer_and_long_helpers():
    I, L = lang.Integer, lang.Long
    assert (I.MAX_VALUE, I.MIN_VALUE) == (2147483647, -2147483648)
    assert (L.MAX_VALUE, L.MIN_VALUE) == (2 ** 63 - 1, -(2 ** 63))
    assert I.toHexString(-1) == "ffffffff" and L.toHexString(-1) == "f" * 16
    assert I.toString(255, 16) == "ff" and I.toString(-255, 16) == "-ff"
    assert I.toBinaryString(10) == "1010" and I.toOctalString(8) == "10"
    assert I.decode("0x10") == 16 and I.decode("#ff") == 255 and I.decode("-010") == -8
    assert I("12") == 12 and I.valueOf(2 ** 32 + 5) == 5
    assert L.parseLong("9223372036854775807") == 2 ** 63 - 1
    assert raises_java(lang.NumberFormatException, L.parseLong, "99999999999999999999")


def test_double_float_boolean():
    D = lang.Double
    assert D.parseDouble(" 1.5 ") == 1.5 and D.parseDouble("1.5d") == 1.5
    assert D.parseDouble("0x1p3") == 8.0 and D.parseDouble("-1e3f") == -1000.0
    assert D.parseDouble("Infinity") == float("inf")
    assert raises_java(lang.NumberFormatException, D.parseDouble, "") == \
        "java.lang.NumberFormatException: empty String"
    assert raises_java(lang.NumberFormatException, D.parseDouble, "1,5") == \
        'java.lang.NumberFormatException: For input string: "1,5"'
    assert [D.toString(v) for v in (1e7, 1e-3, 9999999.0, 1e-4, 123456789.123, 100.0, -0.0)] == \
        ["1.0E7", "0.001", "9999999.0", "1.0E-4", "1.23456789123E8", "100.0", "-0.0"]
    assert D.toString(D.MIN_VALUE) == "4.9E-324"
    assert D.compare(0.0, -0.0) == 1 and D.compare(float("nan"), 1e308) == 1
    assert lang.Float.parseFloat("1.1") == 1.100000023841858
    assert lang.Float.toString(1.1) == "1.1"
    assert lang.Boolean.parseBoolean("TRUE") is True
    assert lang.Boolean.parseBoolean("yes") is False and lang.Boolean.parseBoolean(None) is False


def test_string_value_of_and_join():
    S = lang.String
    assert [S.valueOf(v) for v in (5, 2.5, True, False, 1e10, 10 ** 20)] == \
        ["5", "2.5", "1", "0", "1.0E10", "1.0E20"]  # Jython picks valueOf(int) for a bool
    assert raises_java(lang.NullPointerException, S.valueOf, None)
    assert S.join(",", ["a", "b"]) == "a,b" and S.join("-", "x", "y") == "x-y"


@pytest.mark.parametrize("pattern, args, expected", [
    ("%05d|%s|%.2f|%,d|%x|%b", (3, 1.5, 2.345, 1234567, 255, None), "00003|1.5|2.35|1,234,567|ff|false"),
    ("%s %s %s %s", (1.0, 1e10, None, True), "1.0 1.0E10 null true"),
    ("%.1f %.1f %.2f %.0f %.0f", (0.15, 0.25, 1.005, 0.5, 1.5), "0.2 0.3 1.01 1 2"),
    ("%2$s %1$s %<s", ("a", "b"), "b a a"),
    ("%+d % d %(d", (5, 5, -5), "+5  5 (5)"),
    ("%g|%g|%.3g", (123.456, 0.0001234, 1.0), "123.456|0.000123400|1.00"),
    ("%e|%10.2e|%.0e", (12345.678, 12345.6789, 15.0), "1.234568e+04|  1.23e+04|2e+01"),
    ("%x|%x|%#o|%X", (-1, -2 ** 40, 8, 255), "ffffffff|-10000000000|010|FF"),
    ("%-5s|%5s|%.3s|%S|%c|%n", ("ab", "cd", None, "abc", 65), "ab   |   cd|nul|ABC|A|\n"),
])
def test_string_format(pattern, args, expected):
    assert lang.String.format(pattern, *args) == expected


@pytest.mark.parametrize("pattern, args, cls, message", [
    ("%.2f", (5,), util.IllegalFormatConversionException, "f != java.lang.Integer"),
    ("%d", (2.0,), util.IllegalFormatConversionException, "d != java.lang.Double"),
    ("%s %s", (1,), util.MissingFormatArgumentException, "Format specifier '%s'"),
    ("%q", (1,), util.UnknownFormatConversionException, "Conversion = 'q'"),
])
def test_string_format_errors(pattern, args, cls, message):
    with pytest.raises(cls) as info:
        lang.String.format(pattern, *args)
    assert info.value.getMessage() == message


def test_math():
    M = lang.Math
    assert [M.round(v) for v in (2.5, -2.5, 0.49999999999999994, -0.5, float("nan"), 1e20)] == \
        [3, -2, 0, 0, 0, 2 ** 63 - 1]
    assert M.abs(-5) == 5 and isinstance(M.abs(-5), int) and M.abs(-5.5) == 5.5
    assert M.max(1, 2) == 2 and isinstance(M.max(1, 2), int) and M.max(1, 2.5) == 2.5
    assert M.min(3, 1) == 1 and M.pow(2, 10) == 1024.0 and M.sqrt(4) == 2.0
    assert M.floor(2.5) == 2.0 and M.ceil(2.1) == 3.0 and str(M.ceil(-0.5)) == "-0.0"
    assert M.floorMod(-7, 3) == 2 and M.floorDiv(-7, 2) == -4 and M.signum(-3.0) == -1.0
    assert 0 <= M.random() < 1
    assert raises_java(lang.ArithmeticException, M.floorMod, 1, 0) == \
        "java.lang.ArithmeticException: / by zero"


def test_string_builder():
    sb = lang.StringBuilder("ab")
    assert sb.append(1).append(2.5).append(None).append(True) is sb
    assert sb.toString() == "ab12.5null1" and sb.length() == 11
    assert str(sb.reverse()) == "1llun5.21ba"
    sb = lang.StringBuilder().append("hello").insert(0, "X").insert(2, 5)
    assert sb.toString() == "Xh5ello" and sb.indexOf("l") == 4 and sb.charAt(1) == "h"
    assert sb.deleteCharAt(0).replace(0, 2, "ZZ").delete(0, 1).toString() == "Zello"
    assert sb.substring(1) == "ello" and sb.substring(1, 3) == "el" and sb.lastIndexOf("l") == 3
    sb.setLength(2)
    assert sb.toString() == "Ze"
    assert lang.StringBuilder(5).length() == 0
    assert isinstance(lang.StringBuffer("x"), lang.StringBuilder)
    for call, message in [(lambda: lang.StringBuilder("hello").charAt(10), "index 10, length 5"),
                          (lambda: lang.StringBuilder("hello").insert(10, "x"), "offset 10, length 5"),
                          (lambda: lang.StringBuilder("hello").substring(3, 1), "start 3, end 1, length 5"),
                          (lambda: lang.StringBuilder("x").setLength(-1), "String index out of range: -1")]:
        with pytest.raises(lang.StringIndexOutOfBoundsException) as info:
            call()
        assert info.value.getMessage() == message


def test_system_is_fixed_and_refuses_the_host():
    S = lang.System
    assert S.getProperty("line.separator") == "\n" and S.lineSeparator() == "\n"
    assert S.getProperty("java.version") and S.getProperty("os.name") == "Linux"
    for leaky in ("java.home", "java.class.path"):
        assert S.getProperty(leaky) is None
    # the scripts' working folder (the gateway's files folder), never the host account's home
    assert S.getProperty("user.home") == S.getProperty("user.dir") != os.path.expanduser("~")
    assert S.getProperty("nope", "dflt") == "dflt"
    with use_default_zone("Asia/Tokyo"):
        assert S.getProperty("user.timezone") == "Asia/Tokyo"
    assert raises_java(lang.SecurityException, S.getenv, "HOME").endswith("refused by shim's sandbox")
    assert raises_java(lang.SecurityException, S.exit, 0)
    assert S.currentTimeMillis() > 1_600_000_000_000 and S.nanoTime() > 0


def test_system_out_writes_to_the_current_stdout(capsys):
    lang.System.out.println(True)
    lang.System.out.printf("%05d%n", 42)
    lang.System.err.println("e")
    captured = capsys.readouterr()
    assert captured.out == "1\n00042\n" and captured.err == "e\n"


def test_thread():
    lang.Thread.sleep(1)
    assert raises_java(lang.IllegalArgumentException, lang.Thread.sleep, -1) == \
        "java.lang.IllegalArgumentException: timeout value is negative"
    assert isinstance(lang.Thread.currentThread().getName(), str)
    thread = lang.Thread(lambda: None, "worker")
    # started, it runs in a gateway (tests/test_script_threads.py)
    assert (thread.getName(), thread.isAlive(), thread.toString()) == ("worker", False, "Thread[worker,5,main]")


# --- java.util --------------------------------------------------------------------------------

def test_date_basics_and_to_string():
    with use_default_zone("UTC"):
        d = util.Date(1700000000123)
        assert str(d) == repr(d) == "Tue Nov 14 22:13:20 UTC 2023"
        assert d.getTime() == d.time == 1700000000123
        assert str(util.Date(-1)) == "Wed Dec 31 23:59:59 UTC 1969"
        assert str(util.Date(120, 0, 15)) == "Wed Jan 15 00:00:00 UTC 2020"
    with use_default_zone("America/Los_Angeles"):
        assert str(util.Date(1700000000123)) == "Tue Nov 14 14:13:20 PST 2023"
        assert str(util.Date(1690000000000)) == "Fri Jul 21 21:26:40 PDT 2023"
    a, b = util.Date(1000), util.Date(2000)
    assert a.before(b) and b.after(a) and a.compareTo(b) == -1 and a < b
    assert a == util.Date(1000) and hash(a) == hash(util.Date(1000)) and a.hashCode() == 1000
    a.setTime(5)
    assert a.getTime() == 5
    assert util.Date().getTime() > 1_600_000_000_000


def test_default_zone_is_pinned_per_context_only():
    outside = java.default_zone_id()
    with use_default_zone("Asia/Kolkata"):
        assert util.TimeZone.getDefault().getID() == "Asia/Kolkata"
        assert str(util.Date(0)) == "Thu Jan 01 05:30:00 IST 1970"
    assert java.default_zone_id() == outside


def test_calendar_add_and_lenient_set():
    with use_default_zone("UTC"):
        cal = util.Calendar.getInstance()
        cal.set(2024, 0, 31, 10, 20, 30)
        cal.set(util.Calendar.MILLISECOND, 0)
        cal.add(util.Calendar.MONTH, 1)
        assert str(cal.getTime()) == "Thu Feb 29 10:20:30 UTC 2024"
        assert cal.get(util.Calendar.DAY_OF_WEEK) == 5 and cal.get(util.Calendar.WEEK_OF_YEAR) == 9
        cal.set(util.Calendar.MONTH, 13)
        assert str(cal.getTime()) == "Sat Mar 01 10:20:30 UTC 2025"
        cal.set(util.Calendar.DAY_OF_MONTH, 0)
        assert str(cal.getTime()) == "Fri Feb 28 10:20:30 UTC 2025"
        lazy = util.GregorianCalendar(2024, 0, 31)
        lazy.set(util.Calendar.MONTH, 1)
        lazy.set(util.Calendar.DATE, 15)  # resolved together, as Java does: Feb 15, not Mar 15
        assert str(lazy.getTime()) == "Thu Feb 15 00:00:00 UTC 2024"
        monday = util.GregorianCalendar(2024, 1, 15)
        monday.set(util.Calendar.DAY_OF_WEEK, util.Calendar.MONDAY)
        assert str(monday.getTime()) == "Mon Feb 12 00:00:00 UTC 2024"


@pytest.mark.parametrize("setup, expected", [
    ((2024, 2, 10, 2, 30, 0, None, 0), "2024-03-10 03:30 PDT"),       # gap: pushed forward
    ((2024, 10, 3, 1, 30, 0, None, 0), "2024-11-03 01:30 PST"),       # overlap: standard time
    ((2024, 2, 9, 12, 0, 0, "DATE", 1), "2024-03-10 12:00 PDT"),      # a day keeps wall time
    ((2024, 2, 9, 12, 0, 0, "HOUR_OF_DAY", 24), "2024-03-10 13:00 PDT"),  # 24 h are 24 h
    ((2024, 2, 9, 2, 30, 0, "DATE", 1), "2024-03-10 01:30 PST"),
    ((2024, 10, 2, 1, 30, 0, "DATE", 1), "2024-11-03 01:30 PDT"),
])
def test_calendar_across_dst_matches_java(setup, expected):
    la = util.TimeZone.getTimeZone("America/Los_Angeles")
    fmt = text.SimpleDateFormat("yyyy-MM-dd HH:mm zzz")
    fmt.setTimeZone(la)
    cal = util.Calendar.getInstance(la)
    cal.clear()
    *fields, field, amount = setup
    cal.set(*fields)
    if field:
        cal.add(getattr(util.Calendar, field), amount)
    assert fmt.format(cal.getTime()) == expected


def test_time_zone():
    la = util.TimeZone.getTimeZone("America/Los_Angeles")
    assert la.getID() == "America/Los_Angeles" and la.getRawOffset() == -28800000
    assert la.getOffset(0) == -28800000 and la.inDaylightTime(util.Date(1690000000000))
    assert la.getDisplayName() == "Pacific Standard Time" and la.getDSTSavings() == 3600000
    assert util.TimeZone.getTimeZone("Nope").getID() == "GMT"
    assert util.TimeZone.getTimeZone("GMT+5").getID() == "GMT+05:00"
    with pytest.raises(NotEmulatedError):
        util.TimeZone.setDefault(la)


def test_collections_print_and_order_like_jython():
    hm = util.HashMap()
    for key in ["banana", "apple", "cherry", "date", "elderberry", "fig", "grape"]:
        hm.put(key, len(key))
    assert str(hm.keySet()) == "[banana, date, apple, cherry, fig, grape, elderberry]"
    assert str(hm) == ("{u'banana': 6, u'date': 4, u'apple': 5, u'cherry': 6, u'fig': 3, "
                       "u'grape': 5, u'elderberry': 10}")
    assert hm.toString().startswith("{banana=6, date=4")
    nums = util.HashMap()
    for key in [1000, 17, 33, 64, -5, 2 ** 31 - 1, 65536, 48]:
        nums.put(key, 1)
    assert str(nums.keySet()) == "[64, 2147483647, 48, 17, 33, 65536, -5, 1000]"
    assert str(util.HashSet(["b", "a", "c", 1, 2])) == "[a, 1, b, 2, c]"
    assert str(util.ArrayList([1, 1.5, None, True, "s", 1e10])) == "[1, 1.5, null, true, s, 1.0E10]"
    assert str(util.ArrayList([util.HashMap({"a": 1})])) == "[{a=1}]"
    lhm = util.LinkedHashMap()
    lhm.put("z", 1)
    lhm.put("a", 2)
    assert list(lhm) == ["z", "a"]


def test_list_and_map_semantics_follow_jython():
    a = util.ArrayList([5, 6, 7])
    assert a.remove(1) is None and list(a) == [5, 7]       # an int removes by index
    with pytest.raises(ValueError, match="z is not in list"):
        util.ArrayList(["a"]).remove("z")
    with pytest.raises(util.NoSuchElementException):
        util.LinkedList().getFirst()
    assert raises_java(lang.IndexOutOfBoundsException, util.ArrayList().get, 3) == \
        "java.lang.IndexOutOfBoundsException: Index 3 out of bounds for length 0"
    with pytest.raises(IndexError, match="index out of range: 5"):
        util.ArrayList([1])[5]  # noqa: B018
    s = util.HashSet(["x"])
    with pytest.raises(KeyError):
        s.remove("q")
    m = util.HashMap({"a": 1})
    assert m.get("b", 7) == 7 and m.put("a", 2) == 1 and m["a"] == 2
    with pytest.raises(KeyError):
        m["zz"]  # noqa: B018
    assert util.ArrayList([1, 2]).hashCode() == 994 and util.HashMap({"a": 1}).hashCode() == 96
    entry = next(iter(m.entrySet()))
    entry.setValue(9)
    assert m.get("a") == 9


def test_random_is_javas_lcg():
    r = util.Random(42)
    assert [r.nextInt(100) for _ in range(5)] == [30, 63, 48, 84, 70]  # a JVM's Random(42)
    assert r.nextInt() == -248792245 and r.nextLong() == 5111195811822994797
    assert r.nextBoolean() is True
    shuffled = util.ArrayList(range(10))
    util.Collections.shuffle(shuffled, util.Random(7))
    assert len(shuffled) == 10 and sorted(shuffled) == list(range(10))
    with pytest.raises(lang.IllegalArgumentException):
        util.Random(1).nextInt(0)


def test_uuid():
    u = util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000")
    assert str(u) == "123e4567-e89b-12d3-a456-426614174000" and u.version() == 1 and u.variant() == 2
    assert str(util.UUID.fromString("1-2-3-4-5")) == "00000001-0002-0003-0004-000000000005"
    assert str(util.UUID.nameUUIDFromBytes("abc")) == "90015098-3cd2-3fb0-9696-3f7d28e17f72"
    assert util.UUID.randomUUID().version() == 4
    assert raises_java(lang.IllegalArgumentException, util.UUID.fromString, "xyz") == \
        "java.lang.IllegalArgumentException: Invalid UUID string: xyz"


# --- java.text --------------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, expected", [
    ("yyyy-MM-dd HH:mm:ss", "2023-11-14 14:13:20"),
    ("yyyy-MM-dd'T'HH:mm:ss.SSSZ", "2023-11-14T14:13:20.123-0800"),
    ("EEE, MMM d, ''yy", "Tue, Nov 14, '23"),
    ("hh 'o''clock' a, zzzz", "02 o'clock PM, Pacific Standard Time"),
    ("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "2023-11-14T14:13:20.123-08:00"),
    ("D w W F E u k K", "318 46 3 2 Tue 2 14 2"),
    ("S SSSS y yyyyy MMMMM", "123 0123 2023 02023 November"),
])
def test_simple_date_format(pattern, expected):
    fmt = text.SimpleDateFormat(pattern)
    fmt.setTimeZone(util.TimeZone.getTimeZone("America/Los_Angeles"))
    assert fmt.format(util.Date(1700000000123)) == expected


@pytest.mark.parametrize("pattern, source, expected", [
    ("yyyy-MM-dd HH:mm:ss", "2024-13-45 25:61:61", "2025-02-15 02:02:01"),
    ("yyMMdd", "240105", "2024-01-05 00:00:00"),
    ("MM/dd/yy", "01/05/99", "1999-01-05 00:00:00"),
    ("dd MMM yyyy", "05 jan 2024", "2024-01-05 00:00:00"),
    ("EEE, d MMM yyyy HH:mm:ss Z", "Fri, 5 Jan 2024 03:04:05 +0100", "2024-01-05 02:04:05"),
    ("yyyy-MM-dd'T'HH:mm:ssXXX", "2024-01-05T03:04:05-02:30", "2024-01-05 05:34:05"),
    ("h:mm a", "3:04 PM", "1970-01-01 15:04:00"),
    ("yyyy-MM-dd", "2024-02-03 trailing text", "2024-02-03 00:00:00"),
])
def test_simple_date_format_parse(pattern, source, expected):
    utc = util.TimeZone.getTimeZone("UTC")
    parser, out = text.SimpleDateFormat(pattern), text.SimpleDateFormat("yyyy-MM-dd HH:mm:ss")
    parser.setTimeZone(utc)
    out.setTimeZone(utc)
    assert out.format(parser.parse(source)) == expected


def test_simple_date_format_errors():
    with pytest.raises(text.ParseException) as info:
        text.SimpleDateFormat("yyyy-MM-dd HH:mm").parse("2024-02-03")
    assert str(info.value) == 'java.text.ParseException: Unparseable date: "2024-02-03"'
    assert info.value.getErrorOffset() == 10
    strict = text.SimpleDateFormat("yyyy-MM-dd")
    strict.setLenient(False)
    with pytest.raises(text.ParseException):
        strict.parse("2024-02-30")
    assert raises_java(lang.IllegalArgumentException, text.SimpleDateFormat, "yyyy q") == \
        "java.lang.IllegalArgumentException: Illegal pattern character 'q'"
    with pytest.raises(NotEmulatedError):
        text.SimpleDateFormat("EEEE", util.Locale.GERMANY)


@pytest.mark.parametrize("pattern, values, expected", [
    ("#,##0.00", (1234567.891, -0.5, 0.125, 1.005, 12), "1,234,567.89 -0.50 0.12 1.00 12.00"),
    ("0.###", (0, 1234567.891, 2.5, 0.0001), "0 1234567.891 2.5 0"),
    ("#", (2.5, 3.5, -0.5), "2 4 -0"),
    ("000", (2.5, 1234.5), "002 1234"),
    ("0.00%", (0.125, -0.5), "12.50% -50.00%"),
    ("0.0E0", (1234567.891, 0.0001), "1.2E6 1.0E-4"),
    ("00.00E00", (1234567.891, -0.5), "12.35E05 -50.00E-02"),
    ("$#,##0.00;($#,##0.00)", (1234.5, -0.5), "$1,234.50 ($0.50)"),
    (".00", (0, -0.5), ".00 -.50"),
])
def test_decimal_format(pattern, values, expected):
    fmt = text.DecimalFormat(pattern)
    assert " ".join(fmt.format(v) for v in values) == expected


def test_decimal_and_number_format_parse():
    assert text.DecimalFormat("#,##0.00").parse("1,234.50") == 1234.5
    assert text.DecimalFormat("0").parse("12abc") == 12 and isinstance(text.DecimalFormat("0").parse("1"), int)
    assert text.DecimalFormat("0.00%").parse("25%") == 0.25
    with pytest.raises(text.ParseException):
        text.DecimalFormat("0").parse("abc")
    assert text.NumberFormat.getInstance().format(1234.5678) == "1,234.568"
    assert text.NumberFormat.getIntegerInstance().format(2.5) == "2"
    assert text.NumberFormat.getPercentInstance().format(0.256) == "26%"
    assert raises_java(lang.IllegalArgumentException, text.DecimalFormat, "0.0.0")


# --- java.io ----------------------------------------------------------------------------------

def test_random_access_file_is_refused():
    message = "java.io.RandomAccessFile is refused by shim's sandbox: scripts may not touch the host filesystem"
    assert raises_java(lang.SecurityException, jio.RandomAccessFile, "/etc/passwd", "r") == \
        "java.lang.SecurityException: " + message
    with pytest.raises(lang.SecurityException):
        jio.RandomAccessFile.separator  # noqa: B018


@pytest.mark.parametrize("call", [
    lambda: jio.FileReader("/etc/passwd"), lambda: jio.FileWriter("/tmp/out.txt"),
    lambda: jio.FileInputStream(jio.File("/etc/passwd")), lambda: jio.FileOutputStream("/tmp/out.bin"),
    lambda: jio.PrintWriter("/tmp/out.txt"), lambda: jio.File("/etc").listFiles(),
    lambda: jio.File("/etc/passwd").exists(),
], ids=["FileReader", "FileWriter", "FileInputStream", "FileOutputStream", "PrintWriter", "listFiles", "exists"])
def test_host_files_are_refused(call):
    """A host path is a SecurityException, inside a gateway (outside its files folder) or not
    (no files folder at all); tests/test_java_files.py has the folder's own cases."""
    message = raises_java(lang.SecurityException, call)
    assert "outside shim's file sandbox" in message or \
        message.endswith("no files folder: the script is not running in a gateway"), message


def test_in_memory_readers_and_writers():
    sw = jio.StringWriter()
    pw = jio.PrintWriter(sw)
    pw.println("ab")
    pw.printf("%d items%n", 3)
    pw.write(65)
    assert sw.toString() == "ab\n3 items\nA"
    reader = jio.BufferedReader(jio.StringReader("first\r\nsecond\nthird"))
    assert [reader.readLine() for _ in range(4)] == ["first", "second", "third", None]
    chars = jio.StringReader("ab")
    assert [chars.read() for _ in range(3)] == [97, 98, -1]


# --- differential: the same scripts under real Jython and under shim -------------------------

@pytest.fixture(scope="module")
def jython_outputs(tmp_path_factory):
    if JYTHON is None:
        pytest.skip("jython is not installed: it is the oracle of tests/java_corpus")
    work = tmp_path_factory.mktemp("java_corpus")
    out = work / "outputs.json"
    env = dict(os.environ, TZ="UTC")
    env.pop("DISPLAY", None)  # a headless JVM, as Ignition's gateway: awt_001_headless.py
    proc = subprocess.run([JYTHON, str(RUNNER), "--out", str(out), str(CORPUS)], cwd=work,
                          env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                          timeout=300)
    if proc.returncode != 0 or not out.exists():
        pytest.fail(f"jython runner failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(out.read_text(encoding="ascii"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_corpus_matches_jython(script, jython_outputs):
    from runtime.tools.testing import run_legacy_script

    with use_default_zone("UTC"):
        actual = run_legacy_script(script.read_text(encoding="utf-8"), filename=str(script))
    assert actual == jython_outputs[script.name]


def test_refusals_are_also_python_exceptions():
    # Java semantics would let `except Exception` miss them; a sandbox refusal must not be missed
    # by the runtime's own error handling, so it is both.
    with pytest.raises(Exception) as info:
        jio.File("/etc/passwd").exists()
    assert isinstance(info.value, lang.SecurityException)
    assert info.value.getClass().getName() == "java.lang.SecurityException"
    with pytest.raises(Exception):
        lang.System.getenv("PATH")


def test_base64_digest_and_hmac_give_the_published_vectors():
    """RFC 4648 section 10, FIPS 180-2 appendix B and RFC 4231 test case 2: the values hold without
    the Jython oracle too (the differential half is tests/java_corpus/util_008_base64_digest_hmac.py)."""
    from runtime.tools.testing import run_legacy_script

    script = (
        "from java.util import Base64\n"
        "from java.security import MessageDigest\n"
        "from javax.crypto import Mac\n"
        "from javax.crypto.spec import SecretKeySpec\n"
        "from java.math import BigInteger\n"
        "print [Base64.getEncoder().encodeToString(s) for s in ['', 'f', 'fo', 'foo', 'foobar']]\n"
        "print Base64.getDecoder().decode('Zm9vYmFy').tostring()\n"
        "print BigInteger(1, MessageDigest.getInstance('SHA-256').digest('abc')).toString(16)\n"
        "mac = Mac.getInstance('HmacSHA256')\n"
        "mac.init(SecretKeySpec('Jefe', 'HmacSHA256'))\n"
        "print mac.doFinal('what do ya want for nothing?').tostring().encode('hex')\n"
        "try:\n"
        "    Base64.getDecoder().decode('Zm9v YmFy')\n"
        "except Exception, e:\n"
        "    print 'never'\n"
        "except:\n"
        "    import sys\n"
        "    print sys.exc_info()[1]\n")
    assert run_legacy_script(script, filename="vectors.py") == (
        "[u'', u'Zg==', u'Zm8=', u'Zm9v', u'Zm9vYmFy']\n"
        "foobar\n"
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\n"
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\n"
        "java.lang.IllegalArgumentException: Illegal base64 character 20\n")


def test_charsets_follow_the_java_documentation():
    """java.nio.charset.Charset's Javadoc ("Standard charsets"): UTF-16 encodes big-endian after a
    big-endian byte-order mark and decodes either mark, big-endian without one; every platform has
    the six StandardCharsets; names and aliases are case-insensitive. A charset *name* Java does not
    know is java.io.UnsupportedEncodingException, Python-only codecs included (the differential half
    is tests/java_corpus/io_003_charsets.py)."""
    from runtime.tools.testing import run_legacy_script

    script = (
        "from java.lang import String\n"
        "from java.nio.charset import Charset, StandardCharsets\n"
        "from java.io import UnsupportedEncodingException\n"
        "print list(String('A').getBytes(StandardCharsets.UTF_16)), list(String('A').getBytes('utf-16le'))\n"
        "print String([0, 65], 'UTF-16'), String([-1, -2, 65, 0], StandardCharsets.UTF_16)\n"
        "print Charset.forName('LATIN1').name(), Charset.forName('ibm1252'), Charset.forName('Shift_JIS')\n"
        "for name in ['unicode_escape', 'rot13', 'idna']:\n"
        "    try:\n"
        "        String('x').getBytes(name)\n"
        "    except UnsupportedEncodingException, e:\n"
        "        print e.getMessage()\n")
    assert run_legacy_script(script, filename="charsets.py") == (
        "[-2, -1, 0, 65] [65, 0]\n"
        "A A\n"
        "ISO-8859-1 windows-1252 Shift_JIS\n"
        "unicode_escape\nrot13\nidna\n")
