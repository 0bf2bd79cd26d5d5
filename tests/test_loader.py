"""Loading a projects folder: the layout, settings, and one clear error per bad file."""
from __future__ import annotations

import pytest

from runtime.core.errors import ProjectError
from runtime.projects.loader import load_projects

from conftest import EXAMPLE


def test_example_folder_loads():
    projects = load_projects(EXAMPLE)
    x = projects.require("X")
    assert set(x.handlers["gateway"]) == {"testHandler", "lineStatus", "recordLevel"} and set(x.handlers["client"]) == {"testHandler"}
    assert x.handlers["gateway"]["testHandler"].source.startswith("def handleMessage(payload):")


def test_layout_settings_and_libraries(make_projects):
    root = make_projects({
        "A/project.json": {"title": "A", "ignition": "8.1", "parent": "B"},
        "A/gateway/message/g.py": "pass",
        "A/gateway/message/g.json": {"threading": "dedicated"},
        "A/client/message/c.py": "pass",
        "A/client/message/c.json": {"threading": "edt", "enabled": False},
        "A/perspective/message/p.py": "pass",
        "A/library/util.py": "x = 1",
        "A/library/pkg/mod.py": "y = 2",
        "B/library/base.py": "z = 3",
        "_global/library/tools.py": "t = 1",
        ".hidden/gateway/message/h.py": "pass",
    })
    projects = load_projects(root)
    assert sorted(projects.projects) == ["A", "B"]
    a = projects.require("A")
    assert (a.semantics, a.parent, a.title) == ("8.1", "B", "A")
    assert a.handler("gateway", "g").threading == "dedicated"
    assert a.handler("client", "c").threading == "edt" and not a.handler("client", "c").enabled
    assert set(a.handler("perspective", "p").__dict__) >= {"name", "source"}
    assert sorted(a.library) == ["pkg.mod", "util"]
    assert sorted(projects.shared) == ["tools"]


@pytest.mark.parametrize("files, message", [
    ({"X/project.json": "{not json"}, "project.json: invalid JSON at line 1"),
    ({"X/project.json": {"ignition": "6.0"}}, "\"ignition\" must be \"7.9\" or \"8.1\""),
    ({"X/project.json": {"colour": "red"}}, "unknown setting(s) colour"),
    ({"X/project.json": {"parent": "Nope"}}, "parent project 'Nope' not found"),
    ({"X/project.json": {"parent": "Base"}, "Base/project.json": "[1]"}, "parent project 'Base' did not load"),
])
def test_a_project_that_does_not_load_is_left_out_with_one_clear_line(make_projects, files, message):
    """The other projects of the folder load (a gateway runs the projects that load); using the
    broken one is one line naming the file."""
    loaded = load_projects(make_projects({**files, "Good/gateway/message/h.py": "pass"}))
    assert list(loaded.projects) == ["Good"]
    with pytest.raises(ProjectError) as caught:
        loaded.require("X")
    assert message in str(caught.value) and "\n" not in str(caught.value)
    assert any(line.startswith("project 'X' not loaded: ") and message in line for line in loaded.all_warnings())


@pytest.mark.parametrize("files, message, handlers", [
    ({"X/gateway/message/empty.py": "  \n# only a comment\n"}, "empty.py: the message handler is empty", ["empty"]),
    ({"X/gateway/message/bad name!.py": "pass"}, "'bad name!' is not a valid message handler name", []),
    ({"X/gateway/message/ spaced.py": "pass"}, "is not a valid message handler name", []),
])
def test_a_bad_handler_file_leaves_the_project_and_its_other_handlers_running(make_projects, files, message,
                                                                               handlers):
    project = load_projects(make_projects({**files, "X/gateway/message/ok.py": "pass"})).require("X")
    assert project.handler("gateway", "ok").enabled
    assert sorted(project.handlers["gateway"]) == sorted(["ok", *handlers])
    assert any(message in problem for problem in project.problems)


def test_a_library_file_with_an_invalid_module_name_is_skipped_with_a_warning(make_projects):
    """Ignition never offers ``my-mod`` as a script module; the rest of the folder still loads."""
    root = make_projects({"X/library/my-mod.py": "pass", "X/library/good.py": "pass",
                          "X/library/_helpers.py": "pass"})
    found = load_projects(root)
    assert sorted(found.require("X").library) == ["_helpers", "good"]
    (warning,) = found.all_warnings()
    assert warning.endswith("my-mod.py: skipped: 'my-mod' is not a valid script module name")


def test_missing_folder(tmp_path):
    with pytest.raises(ProjectError, match="projects folder not found: .*nowhere"):
        load_projects(tmp_path / "nowhere")


def test_file_instead_of_folder(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(ProjectError, match="not a projects folder"):
        load_projects(tmp_path / "f")


def test_unknown_project_lists_the_known_ones():
    with pytest.raises(ProjectError, match=r"unknown project 'Nope' .*\(projects: Line, Ops, X\)"):
        load_projects(EXAMPLE).require("Nope")


def test_latin1_script_still_loads(make_projects):
    root = make_projects({})
    target = root / "X" / "gateway" / "message"
    target.mkdir(parents=True)
    (target / "h.py").write_bytes(b"print 'caf\xe9'\n")
    assert "caf" in load_projects(root).require("X").handler("gateway", "h").source


def test_a_gateway_handlers_security_settings_are_read(make_projects):
    """8.1's message handler security (see runtime.projects.security); empty lists restrict nothing."""
    from runtime.projects.security import HandlerSecurity

    root = make_projects({
        "X/gateway/message/h.py": "print 'h'",
        "X/gateway/message/h.json": {"threading": "dedicated",
                                     "security": {"remote": False, "roles": ["Supervisor"], "zones": []}},
        "X/gateway/message/open.py": "print 'open'",
        "X/client/message/c.py": "print 'c'",
        "X/client/message/c.json": {"security": {"remote": False}},
    })
    project = load_projects(root).require("X")
    spec = project.handler("gateway", "h")
    assert (spec.threading, spec.security) == ("dedicated", HandlerSecurity(False, frozenset({"Supervisor"}), None))
    assert spec.security.as_json() == {"remote": False, "roles": ["Supervisor"]}
    assert project.handler("gateway", "open").security is None
    assert not project.handler("client", "c").enabled
    assert project.problems == [f'{root / "X/client/message/c.json"}: "security" applies to gateway message '
                                'handlers only (handler client/c disabled)']


@pytest.mark.parametrize("files, message", [
    ({"X/gateway/message/h.json": {"threading": "edt"}},
     "h.json: threading must be one of shared, dedicated for gateway handlers, not 'edt' (handler gateway/h disabled)"),
    ({"X/gateway/message/h.json": {"enabled": "yes"}}, "h.json: \"enabled\" must be true or false (handler gateway/h disabled)"),
    ({"X/gateway/message/h.json": {"timeLimit": "soon"}}, 'h.json: "timeLimit" must be a number of seconds (0: none)'),
    ({"X/gateway/message/h.json": "{'threading': 'shared'}"}, "h.json: invalid JSON at line 1"),
    ({"X/gateway/message/h.json": {"security": {"remote": "no"}}}, 'h.json: "security": "remote" must be true or false'),
    ({"X/gateway/message/h.json": {"security": {"roles": "Supervisor"}}},
     'h.json: "security": "roles" must be a list of names'),
    ({"X/gateway/message/h.json": {"security": {"zone": ["Plant"]}}},
     'h.json: "security" must be an object with "remote", "roles" and/or "zones"'),
    ({"X/gateway/message/orphan.json": {}}, "orphan.json: settings for a handler with no script (orphan.py)"),
])
def test_a_bad_handler_settings_file_disables_only_that_handler(make_projects, files, message):
    root = make_projects({"X/gateway/message/h.py": "print 'h'", "X/gateway/message/ok.py": "print 'ok'", **files})
    project = load_projects(root).require("X")
    assert len(project.problems) == 1 and message in project.problems[0]
    assert project.handler("gateway", "ok").enabled
    if "orphan" not in message:
        spec = project.handler("gateway", "h")
        assert not spec.enabled and message.split(" (handler")[0] in f"{spec.path.with_suffix('.json')}: {spec.problem}"
