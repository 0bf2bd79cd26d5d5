"""The Python 2 modules plant code reads its settings and command lines with (issue #18):
``ConfigParser`` reads ini files from the gateway's files folder only, ``warnings`` prints into the
script's output as Jython prints to ``stderr`` and keeps its filters to the script that set them.
The rest of their behaviour is the differential corpus tests/stdlib_corpus/std_006 (against jython).
"""
from __future__ import annotations

import pytest

from runtime.tools.testing import run_legacy_script

SETTINGS_LOADER = '''
import ConfigParser
import logging
log = logging.getLogger('site.settings')

class Settings(object):
    """Site settings from an ini file beside the gateway, with typed getters."""
    def __init__(self, *paths):
        self.parser = ConfigParser.SafeConfigParser()
        self.parser.optionxform = str  # tag paths keep their case
        self.loaded = self.parser.read(list(paths))
        if not self.loaded:
            log.warn('no settings file found in %r' % (paths,))

    def tag_paths(self):
        return [(k, v) for k, v in self.parser.items('Tags')]

    def setpoint(self, name):
        try:
            return self.parser.getfloat('Setpoints', name)
        except (ConfigParser.NoSectionError, ConfigParser.NoOptionError), e:
            log.error('setpoint %s missing: %s' % (name, e))
            return None
'''


@pytest.fixture
def gateway(tmp_path):
    from runtime import Gateway

    files = tmp_path / "projects" / "_gateway" / "files"
    (files / "config").mkdir(parents=True)
    (files / "config" / "site.ini").write_text(
        "[Tags]\nLine1/Motor = [default]Line1/Motor/Speed\n\n[Setpoints]\nTankHigh = 92.5\n")
    (tmp_path / "host.ini").write_text("[Secrets]\npassword = hunter2\n")
    with Gateway(str(tmp_path / "projects"), synchronous=True) as gw:
        yield gw


def test_configparser_reads_settings_from_the_files_folder(gateway):
    out = run_legacy_script(SETTINGS_LOADER + (
        "s = Settings('config/missing.ini', 'config/site.ini')\n"
        "print s.loaded, s.tag_paths(), s.setpoint('TankHigh'), s.setpoint('TankLow')\n"), gateway=gateway)
    assert out == ("['config/site.ini'] [('Line1/Motor', '[default]Line1/Motor/Speed')] 92.5 None\n")


def test_configparser_skips_a_file_outside_the_files_folder(gateway, tmp_path):
    """Like a missing file (Jython skips what it cannot open): the host's file is never read."""
    out = run_legacy_script(SETTINGS_LOADER + (
        f"s = Settings('{tmp_path}/host.ini', '../../host.ini', '/etc/passwd')\n"
        "print s.loaded, s.parser.sections()\n"), gateway=gateway)
    assert out == "[] []\n"


def test_a_warning_prints_where_it_was_raised_as_jython_does():
    out = run_legacy_script(
        "import warnings\n"
        "def read_level(raw):\n"
        "    if raw is None:\n"
        "        warnings.warn('level sensor offline, using 0')\n"
        "        return 0\n"
        "    return raw\n"
        "for raw in (None, 5, None):\n"
        "    print read_level(raw)\n"
        "warnings.warn('old_api() is deprecated', DeprecationWarning)\n", filename="tanks.py")
    assert out == ("tanks.py:4: UserWarning: level sensor offline, using 0\n"
                   "  warnings.warn('level sensor offline, using 0')\n0\n5\n0\n")


def test_a_scripts_filters_stay_with_that_script():
    """Jython shares the filters across the gateway; shim keeps them to the run that set them,
    so one script's ``simplefilter('error')`` does not break the next script."""
    first = run_legacy_script("import warnings\nwarnings.simplefilter('error')\n"
                              "try:\n    warnings.warn('x')\nexcept UserWarning, e:\n    print 'raised', e\n")
    second = run_legacy_script("import warnings\nwarnings.warn('tank low')\nprint 'went on'\n", filename="next.py")
    assert first == "raised x\n"
    assert second == "next.py:2: UserWarning: tank low\n  warnings.warn('tank low')\nwent on\n"


def test_the_refused_parts_say_what_is_wrong():
    assert run_legacy_script("import shlex\nshlex.split(None)") == (
        "TypeError: shlex.split() takes a string, not NoneType\n")
    assert run_legacy_script("import shlex\nshlex.shlex('a b')") == (
        "AttributeRefused: shlex.shlex is not available in the sandbox\n")
    assert run_legacy_script("import numbers\nnumbers.Real.register(str)").startswith(
        "AttributeRefused: access to 'register' of ABCMeta objects is not allowed")


@pytest.fixture
def declared(tmp_path, monkeypatch):
    from runtime import Gateway

    monkeypatch.setenv("SHIM_TEST_DB_PASSWORD", "hunter2")  # the host's: never seen by scripts
    (tmp_path / "projects" / "_gateway" / "files").mkdir(parents=True)
    (tmp_path / "projects" / "_gateway" / "gateway.json").write_text(
        '{"environ": {"SITE_CODE": "north", "MES_URL": "https://mes.plant.local"}}')
    with Gateway(str(tmp_path / "projects"), synchronous=True) as gw:
        yield gw


def test_os_environ_holds_the_variables_gateway_json_declares(declared):
    out = run_legacy_script(
        "import os\n"
        "site = os.environ.get('SITE_CODE', 'unknown')\n"
        "print site, os.getenv('MES_URL'), os.getenv('SHIM_TEST_DB_PASSWORD'), os.getenv('PATH', 'no PATH')\n"
        "print sorted(os.environ.keys()), 'SITE_CODE' in os.environ, os.environ.has_key('HOME'), len(os.environ)\n"
        "try:\n    os.environ['SHIM_TEST_DB_PASSWORD']\nexcept KeyError, e:\n    print 'KeyError', e\n"
        "try:\n    os.environ['SITE_CODE'] = 'south'\nexcept TypeError, e:\n    print e\n", gateway=declared)
    assert out == ("north https://mes.plant.local None no PATH\n['MES_URL', 'SITE_CODE'] True False 2\n"
                   "KeyError 'SHIM_TEST_DB_PASSWORD'\n"
                   "os.environ is read-only in shim: a gateway's variables are declared in gateway.json \"environ\"\n")


def test_os_environ_is_empty_without_a_declaration():
    assert run_legacy_script("import os\nprint os.environ, os.getenv('HOME')\n") == "{} None\n"


def test_a_malformed_environ_is_named(tmp_path):
    from runtime.backends.environ import load_environ
    from runtime.core.errors import ProjectError
    from runtime import Gateway

    (tmp_path / "_gateway").mkdir()
    (tmp_path / "_gateway" / "gateway.json").write_text('{"environ": {"PORT": 5432}}')
    with Gateway(str(tmp_path), synchronous=True) as gw:
        with pytest.raises(ProjectError, match=r"gateway.json: \"environ\" value of 'PORT' must be a string, not int"):
            load_environ(gw)


def test_codecs_open_reads_and_writes_inside_the_files_folder(gateway, tmp_path):
    out = run_legacy_script(
        "import codecs\n"
        "f = codecs.open('config/names.txt', 'w', 'utf-8')\nf.write(u'Kessel \\xb0C\\n')\nf.close()\n"
        "with codecs.open('config/names.txt', 'r', 'utf-8') as f:\n    print repr(f.read())\n"
        "print repr(open('config/names.txt').read())\n"
        f"try:\n    codecs.open('{tmp_path}/host.ini', 'r', 'utf-8')\nexcept IOError, e:\n    print 'refused'\n",
        gateway=gateway)
    assert out == "u'Kessel \\xb0C\\n'\n'Kessel \\xc2\\xb0C\\n'\nrefused\n"
