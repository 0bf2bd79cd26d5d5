"""Importing real Ignition exports and hand-made 8.x projects into the native layout."""
from __future__ import annotations

import base64
import gzip
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from runtime.core.errors import ExportError, UserError
from runtime.projects.importers import binxml, detect, import_export
from runtime.projects.importers.eventscripts import build_event_scripts, read_event_scripts
from runtime.projects.importers.model import Handler

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
needs_fixtures = pytest.mark.skipif(not FIXTURES.is_dir(), reason="../shared/fixtures is absent")

SCRATCH_GATEWAY = [
    "sfcActivateStep", "sfcCancelChart", "postDiagnosisEntry", "sfcResponse", "sfcUpdateDownloads",
    "sfcDebugChart", "sfcResumeChart", "recalc", "sfcPauseChart", "sfcMessage",
]
EXPECTED = {
    "proj79/Scratch.proj": ("Scratch", "7.9", {
        "gateway": SCRATCH_GATEWAY,
        "client": ["ocAlert", "automatedDownload", "consoleManager", "gatherRecipe", "sfcMessage"],
    }),
    "proj79/SFCRegressionTest.proj": ("SFCRegressionTest", "7.9", {"gateway": ["sfcMessage"], "client": ["sfcMessage"]}),
    "proj79/fd_diagram.proj": ("FDDiagram", "7.9", {"gateway": ["ComputeTagType"]}),
    "ign8/GatewayConfiguration.zip": ("GatewayConfiguration", "8.1", {"gateway": [
        "getDatabase", "setDatabase", "getTimeFactor", "setTimeFactor", "getTagProvider", "getTagProviders", "setTagProvider",
    ]}),
}


# ----------------------------------------------------------------------------- real exports


@needs_fixtures
@pytest.mark.parametrize("export", sorted(EXPECTED))
def test_every_fixture_export_imports_with_its_handlers(export, tmp_path):
    name, version, contexts = EXPECTED[export]
    report = import_export(FIXTURES / export, tmp_path)
    project = tmp_path / name
    assert [p.name for p in report.projects] == [name]
    meta = json.loads((project / "project.json").read_text())
    assert meta["ignition"] == version and meta["source"] == Path(export).name and meta["enabled"] is True
    for context in ("gateway", "client", "perspective"):
        expected = contexts.get(context, [])
        assert sorted(report.projects[0].handlers[context]) == sorted(expected)
        for handler in expected:
            text = (project / context / "message" / f"{handler}.py").read_text(encoding="utf-8")
            assert text.startswith('def handleMessage(payload):\n\t"""\n\tThis message handler')
            settings = json.loads((project / context / "message" / f"{handler}.json").read_text())
            assert settings == {"threading": "shared", "enabled": True}
    assert not list(tmp_path.glob(".shim-import-*"))


@needs_fixtures
def test_scratch_keeps_startup_timer_library_and_raw_resources(tmp_path):
    report = import_export(FIXTURES / "proj79" / "Scratch.proj", tmp_path)
    project = tmp_path / "Scratch"
    scripts = report.projects[0].scripts
    assert scripts[0] == "gateway/events/startup.py"
    assert {"client/events/startup.py", "client/events/timer/sfcTestWatcher.py",
            "client/events/menu/View/Consoles/RLA3 Console.py"} <= set(scripts)
    assert json.loads((project / "client" / "events" / "timer" / "sfcTestWatcher.json").read_text()) == {
        "delay": 5000, "fixedRate": False, "threading": "shared", "enabled": True}
    assert "doActions()" in (project / "client" / "events" / "timer" / "sfcTestWatcher.py").read_text()
    menu = project / "client" / "events" / "menu"
    assert (menu / "Command" / "Logout.py").read_text() == "system.security.logout()"
    assert json.loads((menu / "Command" / "Logout.json").read_text()) == {
        "mnemonic": "L", "icon": "Builtin/icons/16/id_card_delete.png"}
    assert not (project / "_raw" / "fpmi" / "client.event.scripts").exists()
    assert sorted(report.projects[0].library) == ["test", "units"]
    assert (project / "library" / "units.py").read_text().startswith("import ils.common.units")
    assert 'print "' in (project / "client" / "message" / "ocAlert.py").read_text()  # Jython 2, untouched
    assert (project / "_raw" / "fpmi" / "window" / "SFC" / "Main Window.bin").read_bytes()[:2] == b"\x1f\x8b"
    assert not any("setMenuRoot" in note for note in report.notes)  # the menu is in events/menu/
    assert any("18 fpmi/window resources" in note for note in report.notes)


@needs_fixtures
def test_handler_text_is_kept_byte_for_byte(tmp_path):
    import_export(FIXTURES / "proj79" / "SFCRegressionTest.proj", tmp_path)
    raw = (tmp_path / "SFCRegressionTest" / "gateway" / "message" / "sfcMessage.py").read_bytes()
    assert raw.endswith(b"\tfrom ils.sfc.gateway.msgHandlers import dispatchMessage\n\tdispatchMessage(payload)\n\t")
    assert raw.startswith(b'def handleMessage(payload):\n\t"""\n') and b"\r" not in raw


@needs_fixtures
def test_fd_diagram_library_path_follows_byte_reversed_folder_uuids(tmp_path):
    report = import_export(FIXTURES / "proj79" / "fd_diagram.proj", tmp_path)
    assert report.projects[0].library == ["xom.action.demo"]
    assert (tmp_path / "FDDiagram" / "library" / "xom" / "action" / "demo.py").read_text() == 'print "Success"'
    handler = (tmp_path / "FDDiagram" / "gateway" / "message" / "ComputeTagType.py").read_text()
    assert handler.endswith("\n\tpath = payload['path']\n\treturn tag.typeForTagPath(path)")


@needs_fixtures
@pytest.mark.parametrize("export, kind", [("proj79/Scratch.proj", "proj79"), ("ign8/GatewayConfiguration.zip", "ign8-zip")])
def test_detect_fixture_kinds(export, kind):
    assert detect(FIXTURES / export) == kind


# ----------------------------------------------------------------------------- hand-made 8.x


def write_resource(root: Path, folder: str, files: dict[str, bytes], attributes: dict | None = None) -> None:
    """One 8.x resource folder: its files plus a resource.json like Ignition's."""
    path = root / folder
    path.mkdir(parents=True, exist_ok=True)
    meta = {"scope": "A", "version": 1, "files": sorted(files), "attributes": attributes or {}}
    (path / "resource.json").write_text(json.dumps(meta))
    for name, data in files.items():
        (path / name).write_bytes(data)


def data_bin(handlers: list[Handler], **kwargs) -> bytes:
    return gzip.compress(binxml.encode(build_event_scripts(handlers, **kwargs)))


def make_81_project(root: Path, parent: str | None = None) -> Path:
    """An 8.1 project with gateway, Vision client and Perspective handlers and a library."""
    root.mkdir(parents=True)
    (root / "project.json").write_text(json.dumps({"title": "Plant", "description": "d", "parent": parent or "", "enabled": True, "inheritable": False}))
    gateway = [
        Handler("recalc", "def handleMessage(payload):\n\treturn payload['line'] * 2\n"),
        Handler("slow", "def handleMessage(payload):\n\tpass", threading="dedicated", enabled=False),
    ]
    write_resource(root, "ignition/event-scripts", {"data.bin": data_bin(gateway, startup="print 'up'", timers={"poll": ("x = 1", 250)})})
    client = [Handler("popup", "def handleMessage(payload):\n\tsystem.gui.messageBox('hi')", threading="edt")]
    write_resource(root, "com.inductiveautomation.vision/client-event-scripts", {"data.bin": data_bin(client, client=True)})
    session = {
        "onStartup": "\tsession.custom.x = 1",
        "onBarcodeDataReceived": "\t",
        "messageHandlers": [{"name": "refresh", "enabled": True, "script": "\tsession.custom.n = payload['n']"}],
    }
    write_resource(root, "com.inductiveautomation.perspective/session-scripts", {"data.bin": json.dumps(session).encode()})
    write_resource(root, "ignition/script-python/util", {"code.py": b"def double(x):\r\n\treturn 2 * x\r\n"})
    write_resource(root, "ignition/script-python/plant/lines", {"code.py": "# caf\u00e9\nLINES = 3\n".encode()})
    write_resource(root, "com.example.widgets/widget/w1", {"data.bin": b"\x00\x01"})
    return root


def test_handmade_81_folder_imports_every_context(tmp_path):
    src = make_81_project(tmp_path / "src" / "Plant")
    assert detect(src) == "ign8-folder"
    report = import_export(src, tmp_path / "projects")
    out = tmp_path / "projects" / "Plant"
    assert report.projects[0].handlers == {"gateway": ["recalc", "slow"], "client": ["popup"], "perspective": ["refresh"]}
    assert (out / "gateway" / "message" / "recalc.py").read_text() == "def handleMessage(payload):\n\treturn payload['line'] * 2\n"
    assert json.loads((out / "gateway" / "message" / "slow.json").read_text()) == {"threading": "dedicated", "enabled": False}
    assert json.loads((out / "client" / "message" / "popup.json").read_text()) == {"threading": "edt", "enabled": True}
    assert (out / "perspective" / "message" / "refresh.py").read_text() == "\tsession.custom.n = payload['n']"
    assert (out / "gateway" / "events" / "startup.py").read_text() == "print 'up'"
    assert json.loads((out / "gateway" / "events" / "timer" / "poll.json").read_text()) == {
        "delay": 250, "fixedRate": False, "threading": "shared", "enabled": True}
    assert (out / "perspective" / "startup.py").read_text() == "\tsession.custom.x = 1"
    assert not (out / "perspective" / "events").exists()  # blank placeholders are not scripts
    assert (out / "library" / "util.py").read_bytes() == b"def double(x):\r\n\treturn 2 * x\r\n"
    assert (out / "library" / "plant" / "lines.py").read_text(encoding="utf-8") == "# caf\u00e9\nLINES = 3\n"
    assert report.projects[0].library == ["plant.lines", "util"]
    assert (out / "_raw" / "com.example.widgets" / "widget" / "w1" / "data.bin").read_bytes() == b"\x00\x01"
    assert any("com.example.widgets/widget" in note for note in report.notes)
    meta = json.loads((out / "project.json").read_text())
    assert meta == {"title": "Plant", "description": "d", "parent": None, "enabled": True, "ignition": "8.1", "source": "Plant", "inheritable": False}


def test_builder_and_reader_agree_on_handler_settings():
    handlers = [Handler("a", "x", "dedicated", False), Handler("b", "y", "edt", True), Handler("c", "z")]
    doc = binxml.decode(binxml.encode(build_event_scripts(handlers, client=True)))
    assert read_event_scripts(doc, "test").handlers == handlers


def test_83_folder_form(tmp_path):
    src = tmp_path / "Line83"
    src.mkdir()
    (src / "project.json").write_text(json.dumps({"title": "Line", "parent": "Base"}))
    write_resource(src, "ignition/message/hello", {"handleMessage.py": b"def handleMessage(payload):\n\treturn 'hi'\n"}, {"threadType": "DEDICATED"})
    write_resource(src, "com.inductiveautomation.vision/message/flash", {"handleMessage.py": b"\tpass\n"}, {"threadType": "EDT"})
    write_resource(src, "com.inductiveautomation.perspective/message/nav", {"handleMessage.py": b"\tpass\n"}, {"enabled": False})
    write_resource(src, "ignition/message/bad/name", {"handleMessage.py": b"\tpass\n"})
    report = import_export(src, tmp_path / "out")
    out = tmp_path / "out" / "Line83"
    assert report.projects[0].handlers == {"gateway": ["hello"], "client": ["flash"], "perspective": ["nav"]}
    assert json.loads((out / "gateway" / "message" / "hello.json").read_text()) == {"threading": "dedicated", "enabled": True}
    assert json.loads((out / "client" / "message" / "flash.json").read_text())["threading"] == "edt"
    assert json.loads((out / "perspective" / "message" / "nav.json").read_text())["enabled"] is False
    assert json.loads((out / "project.json").read_text())["parent"] == "Base"
    assert any("'bad/name'" in note and "not imported" in note for note in report.notes)
    assert any("parent project 'Base' is not part of this import" in note for note in report.notes)


def test_handler_security_is_carried_into_name_json(tmp_path):
    """8.1's handler security (Message Handler Settings, "Security") lands in NAME.json as
    ``"security": {"remote", "roles", "zones"}``, which the loader reads and ``shim assess``
    lists; a handler without one gets none. A bad block disables only that handler."""
    from runtime.projects.loader import HandlerSecurity, load_projects
    from runtime.projects.importers.model import security_of

    src = tmp_path / "Line"
    src.mkdir()
    (src / "project.json").write_text(json.dumps({"title": "Line"}))
    write_resource(src, "ignition/message/recalc", {"handleMessage.py": b"def handleMessage(payload):\n\treturn 1\n"},
                   {"threadType": "DEDICATED", "security": {"remote": False, "roles": ["Operator"], "zones": ["Plant"]}})
    write_resource(src, "ignition/message/open", {"handleMessage.py": b"\tpass\n"})
    import_export(src, tmp_path / "out")
    folder = tmp_path / "out" / "Line" / "gateway" / "message"
    assert json.loads((folder / "recalc.json").read_text()) == {
        "threading": "dedicated", "enabled": True, "security": {"remote": False, "roles": ["Operator"], "zones": ["Plant"]}}
    assert "security" not in json.loads((folder / "open.json").read_text())
    handlers = load_projects(tmp_path / "out").projects["Line"].handlers["gateway"]
    assert handlers["recalc"].security == HandlerSecurity(False, frozenset({"Operator"}), frozenset({"Plant"}))
    assert handlers["open"].security is None
    # the flat property names a binary-XML handler key may carry (an inference: see model.py)
    assert security_of({"name": "x", "allowRemote": True, "requiredRoles": "Operator, Engineer"}) == {
        "remote": True, "roles": ["Engineer", "Operator"]}
    assert security_of({"name": "x", "threadType": "SHARED"}) is None
    (folder / "open.json").write_text('{"security": {"remote": "no"}}')
    handlers = load_projects(tmp_path / "out").projects["Line"].handlers["gateway"]
    assert handlers["open"].enabled is False and '"remote" must be true or false' in handlers["open"].problem
    assert handlers["recalc"].enabled is True


@pytest.mark.parametrize("layout", ["flat", "folder"])
def test_zip_form(tmp_path, layout):
    src = make_81_project(tmp_path / "Plant")
    archive = tmp_path / ("Plant_export.zip" if layout == "flat" else "bundle.zip")
    with zipfile.ZipFile(archive, "w") as zf:
        for path in src.rglob("*"):
            if path.is_file():
                prefix = "" if layout == "flat" else "Plant/"
                zf.write(path, prefix + path.relative_to(src).as_posix())
    assert detect(archive) == "ign8-zip"
    report = import_export(archive, tmp_path / "out")
    name = "Plant_export" if layout == "flat" else "Plant"
    assert [p.name for p in report.projects] == [name]
    assert (tmp_path / "out" / name / "gateway" / "message" / "recalc.py").is_file()


def test_projects_folder_imports_all_with_inheritance(tmp_path):
    data = tmp_path / "data" / "projects"
    make_81_project(data / "Base")
    make_81_project(data / "Child", parent="Base")
    (data / ".resources").mkdir()
    assert detect(data) == "ign8-projects"
    report = import_export(data, tmp_path / "out")
    assert sorted(p.name for p in report.projects) == ["Base", "Child"]
    assert json.loads((tmp_path / "out" / "Child" / "project.json").read_text())["parent"] == "Base"
    assert not any("parent project" in note for note in report.notes)


def test_unsafe_zip_paths_are_refused(tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("project.json", "{}")
        zf.writestr("../escape.txt", "x")
    with pytest.raises(ExportError, match="unsafe path"):
        import_export(archive, tmp_path / "out")


# ----------------------------------------------------------------------------- errors


def proj_resource(rid: int, kind: str, data: bytes, name: str = "", parent: str = "") -> str:
    """One ``<resource>`` of a 7.x export, its data base64-encoded as Ignition writes it."""
    encoded = base64.b64encode(data).decode()
    return f"<resource id='{rid}' name='{name}' module='' type='{kind}' parent='{parent}'><bytes><![CDATA[{encoded}]]></bytes></resource>"


def make_proj(path: Path, stream: bytes, *extra: str) -> Path:
    """A minimal 7.9 .proj: an event.scripts resource holding ``stream`` (gzip'd), plus ``extra``."""
    path.write_text(
        "<?xml version='1.0' encoding='UTF-8'?>\n<project><version><major>7</major><minor>9</minor></version>"
        "<name>Hand</name><title>Hand</title><enabled>true</enabled><resources>"
        + proj_resource(7, "event.scripts", gzip.compress(stream)) + "".join(extra)
        + "</resources></project>"
    )
    return path


def script_data(text: str) -> bytes:
    """A 7.x script-library resource: gzip of ``<objects><str>text</str></objects>``."""
    return gzip.compress(binxml.encode(binxml.Document(binxml.Element("objects", children=[binxml.Element("str", text=text)]))))


def test_shared_scripts_go_to_global_library_under_their_folders(tmp_path):
    folder = "0f0e0d0c-0b0a-0908-0706-050403020100"
    stream = binxml.encode(build_event_scripts([]))
    src = make_proj(
        tmp_path / "Hand.proj", stream,
        proj_resource(8, "__folder", bytes(range(16)), name="tools"),
        proj_resource(9, "sr.script.shared", script_data("def f():\n\treturn 1\n"), name="maths", parent=folder),
        proj_resource(10, "sr.script.project", script_data("X = 1"), name="local", parent="2cda0027-8033-4beb-ad02-0ef378c659be"),
    )
    report = import_export(src, tmp_path / "out")
    assert report.global_library == ["tools.maths"]
    assert (tmp_path / "out" / "_global" / "library" / "tools" / "maths.py").read_text() == "def f():\n\treturn 1\n"
    assert report.projects[0].library == ["local"]
    assert (tmp_path / "out" / "Hand" / "library" / "local.py").read_text() == "X = 1"
    assert report.notes == []


def test_handmade_proj_imports(tmp_path):
    stream = binxml.encode(build_event_scripts([Handler("go", "def handleMessage(payload):\n\tpass")]))
    report = import_export(make_proj(tmp_path / "Hand.proj", stream), tmp_path / "out")
    assert report.projects[0].handlers["gateway"] == ["go"]


def test_truncated_resource_names_resource_and_offset(tmp_path):
    stream = binxml.encode(build_event_scripts([Handler("go", "def handleMessage(payload):\n\tpass")]))
    src = make_proj(tmp_path / "Hand.proj", stream[:-3])
    with pytest.raises(ExportError) as caught:
        import_export(src, tmp_path / "out")
    assert str(caught.value) == f"Hand.proj: resource 'event.scripts' (id 7): truncated object stream at offset {len(stream) - 4}"
    assert not (tmp_path / "out" / "Hand").exists()


@pytest.mark.parametrize("content", [b"", b"not xml at all", b"<project></project>", b"<other/>"])
def test_non_ignition_proj_is_an_export_error(tmp_path, content):
    src = tmp_path / "x.proj"
    src.write_bytes(content)
    with pytest.raises(ExportError, match=r"^x\.proj: "):
        import_export(src, tmp_path / "out")


def test_unknown_input_is_an_export_error(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "empty").mkdir()
    for src in (tmp_path / "notes.txt", tmp_path / "empty", tmp_path / "missing"):
        assert detect(src) is None
        with pytest.raises(ExportError):
            import_export(src, tmp_path / "out")


# ----------------------------------------------------------------------------- atomicity


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_existing_target_needs_force_and_is_replaced_whole(tmp_path):
    src = make_81_project(tmp_path / "src" / "Plant")
    out = tmp_path / "projects"
    import_export(src, out)
    (out / "Plant" / "local-edit.txt").write_text("mine")
    before = snapshot(out / "Plant")
    with pytest.raises(UserError, match="already exists"):
        import_export(src, out)
    assert snapshot(out / "Plant") == before
    import_export(src, out, force=True)
    assert not (out / "Plant" / "local-edit.txt").exists()
    assert (out / "Plant" / "gateway" / "message" / "recalc.py").is_file()
    assert sorted(p.name for p in out.iterdir()) == ["Plant"]


def test_failed_import_with_force_leaves_existing_project_untouched(tmp_path):
    stream = binxml.encode(build_event_scripts([Handler("go", "pass")]))
    out = tmp_path / "projects"
    import_export(make_proj(tmp_path / "Hand.proj", stream), out)
    before = snapshot(out / "Hand")
    with pytest.raises(ExportError):
        import_export(make_proj(tmp_path / "Hand.proj", stream[:40]), out, force=True)
    assert snapshot(out / "Hand") == before
    assert sorted(p.name for p in out.iterdir()) == ["Hand"]


def test_failure_while_swapping_rolls_back_every_project(tmp_path, monkeypatch):
    data = tmp_path / "data" / "projects"
    make_81_project(data / "Alpha")
    make_81_project(data / "Beta")
    out = tmp_path / "projects"
    import_export(data, out)
    shutil.rmtree(data / "Alpha" / "ignition" / "script-python")
    before = {name: snapshot(out / name) for name in ("Alpha", "Beta")}
    real_rename = Path.rename

    def failing_rename(self, target):
        if Path(target) == out / "Beta" and self.parent.name.startswith(".shim-import-"):
            raise OSError(28, "No space left on device")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", failing_rename)
    with pytest.raises(UserError, match="No space left"):
        import_export(data, out, force=True)
    monkeypatch.undo()
    assert {name: snapshot(out / name) for name in ("Alpha", "Beta")} == before
    assert sorted(p.name for p in out.iterdir()) == ["Alpha", "Beta"]
