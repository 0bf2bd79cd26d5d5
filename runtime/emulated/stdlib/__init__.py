"""Jython's standard library as scripts see it: each module either emulated here (its harmless
parts) or refused at import with one line saying why.

``MODULES`` maps a Jython module name to the module here that emulates it; the names a script
may read from each are the allow-lists in ``runtime.scripts.sandbox.policy.EMULATED_STDLIB``
(the sandbox hands scripts read-only proxies holding exactly those). Some Jython modules are
served by the real CPython module under an allow-list instead (``policy.SAFE_MODULES``), when
CPython's behaves as Jython's. Every other name of ``names.JYTHON_MODULES`` is refused with the
reason in ``policy.STDLIB_REFUSALS``. docs/stdlib.md is the table of all of them.
"""
from __future__ import annotations

import importlib
from types import ModuleType

from runtime.emulated.stdlib.names import JYTHON_MODULES  # noqa: F401  (for the sandbox)

_HERE = __name__

#: Jython module name -> the module emulating it
MODULES: dict[str, str] = {
    "sys": "sys_",
    "os": "os_",
    "os.path": "ospath",
    "posixpath": "ospath",
    "traceback": "traceback_",
    "types": "types_",
    "StringIO": "stringio",
    "cStringIO": "stringio",
    "jarray": "jarray_",
    "array": "array_",
    "logging": "logging_",
    "Queue": "queue_",
    "uuid": "uuid_",
    "urllib": "urllib_",
    "urllib2": "urllib_",
    "urlparse": "urllib_",
    "httplib": "urllib_",
    "pprint": "pprint_",
    "inspect": "inspect_",
    "xml": "",
    "xml.dom": "xml_minidom",
    "xml.dom.minidom": "xml_minidom",
    "xml.etree": "",
    "xml.etree.ElementTree": "xml_etree",
    "xml.etree.cElementTree": "xml_etree",
    "xml.sax": "",
    "xml.sax.saxutils": "saxutils",
    "contextlib": "contextlib_",
    "abc": "abc_",
    "io": "io_",
    "sets": "sets_",
    "UserDict": "userdict",
    "unicodedata": "unicodedata_",
    "keyword": "keyword_",
    "htmlentitydefs": "htmlentities",
    "ConfigParser": "configparser_",
    "shlex": "shlex_",
    "warnings": "warnings_",
    "future_builtins": "future_builtins_",
    # Python 2's byte-string hash modules live with hashlib's (runtime.scripts.legacy.py2bytes)
    "md5": "",
    "sha": "",
    "hmac": "",
    "codecs": "",  # on the script's byte strings: runtime.scripts.legacy.py2codecs
}


def resolve(name: str) -> ModuleType | None:
    """The module emulating ``name``, or None for a package that only holds submodules."""
    target = MODULES[name]
    return importlib.import_module(f"{_HERE}.{target}") if target else None


def submodules(name: str) -> list[str]:
    """The emulated modules directly inside package ``name`` (``xml`` -> ``dom``, ``etree``)."""
    prefix = name + "."
    return [m[len(prefix):] for m in MODULES if m.startswith(prefix) and "." not in m[len(prefix):]]
