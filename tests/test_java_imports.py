"""Importing Java the way Jython does: names from a class (``from java.lang.System import
currentTimeMillis``), and third-party Java (``org.apache...``) refused in one line naming the
class. The differential half is tests/java_corpus/lang_008_class_as_module.py; these are the
refusals and the escape attempts through a class used as a module.
"""
from __future__ import annotations

import pytest

from runtime.tools.testing import run_legacy_script


@pytest.mark.parametrize("source, line", [
    ("from org.apache.commons.math3.stat import StatUtils",
     "NotEmulatedImportError: org.apache.commons.math3.stat.StatUtils is not emulated by shim"),
    ("import org.apache.commons.lang3.StringUtils as StringUtils",
     "NotEmulatedImportError: org.apache.commons.lang3.StringUtils is not emulated by shim"),
    ("from com.google.gson import Gson",
     "NotEmulatedImportError: com.google.gson.Gson is not emulated by shim"),
    ("from javax.swing.table import DefaultTableModel",
     "NotEmulatedImportError: javax.swing.table is not emulated by shim"),
    ("from java.util.Foo import bar", "NotEmulatedImportError: java.util.Foo is not emulated by shim"),
])
def test_java_that_is_not_emulated_says_so_naming_the_class(source, line):
    assert run_legacy_script(source + "\nprint 'imported'\n", "t.py") == line + "\n"


def test_not_emulated_java_is_catchable_as_import_error():
    script = ("def loadStats():\n"
              "    try:\n"
              "        from org.apache.commons.math3.stat.descriptive import DescriptiveStatistics\n"
              "        return DescriptiveStatistics\n"
              "    except ImportError, e:\n"
              "        print 'fallback:', e\n"
              "loadStats()\n")
    assert run_legacy_script(script, "t.py") == (
        "fallback: org.apache.commons.math3.stat.descriptive.DescriptiveStatistics is not emulated by shim\n")


@pytest.mark.parametrize("source", [
    "from java.lang.System import __class__",
    "from java.lang.System import __dict__",
    "from java.lang.System import __init__",
    "from java.lang.System import _JavaClass",
    "from java.lang.System import *",
    "from java.lang.System.currentTimeMillis import __globals__",
    "from java.lang.String.format import __self__",
])
def test_a_class_used_as_a_module_gives_nothing_past_the_guard(source):
    out = run_legacy_script(source + "\nprint 'reached'\n", "t.py")
    assert "reached" not in out
    assert out.count("\n") == 1 and ("Refused" in out or "Error" in out), out


def test_from_class_import_is_what_the_attribute_gives():
    # the refused members of System stay refused when imported by name
    body = ("try:\n"
            "    getenv('PATH')\n"
            "except Exception, e:\n"
            "    print e\n")
    via_import = run_legacy_script("from java.lang.System import getenv\n" + body, "t.py")
    via_attribute = run_legacy_script("from java.lang import System\ngetenv = System.getenv\n" + body, "t.py")
    assert via_import == via_attribute == (
        "java.lang.SecurityException: java.lang.System.getenv is refused by shim's sandbox\n")
