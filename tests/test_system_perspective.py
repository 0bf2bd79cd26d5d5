"""system.perspective: what scripts ask of a session's browser, recorded on its page
(runtime.backends.pages), per session, from session scripts and from the gateway by sessionId."""
from __future__ import annotations

import inspect

import pytest

import system.perspective
from runtime.backends.pages import page
from systemkit import IGN81, fail_one, run_one


def session_gateway(make_gateway, source: str, **open_args):
    gw = make_gateway({"X/project.json": {**IGN81, "title": "Plant HMI"},
                       "X/perspective/message/h.py": source}, synchronous=True)
    return gw, gw.open_perspective("X", **open_args)


def run(make_gateway, source: str, **open_args):
    gw, session = session_gateway(make_gateway, source, **open_args)
    return run_one(gw, scope="S"), page(session), session


def defaults(function) -> dict:
    return {p.name: p.default for p in inspect.signature(function).parameters.values()}


def test_popups_open_toggle_and_close_with_the_manuals_defaults(make_gateway):
    assert defaults(system.perspective.openPopup) == {
        "id": inspect._empty, "view": inspect._empty, "params": None, "title": "", "position": None,
        "showCloseIcon": True, "draggable": True, "resizable": False, "modal": False, "overlayDismiss": False,
        "sessionId": None, "pageId": None, "viewPortBound": False}
    run_, screen, _ = run(make_gateway, """
# the manual's example (system.perspective.openPopup)
system.perspective.openPopup("myPopup", 'folder/myView', params = {'myParam':1,'myParam2':'Test'})
system.perspective.openPopup("pump", "Popups/Pump", title="Pump 2", modal=True, position={"left": 10, "top": 20})
system.perspective.togglePopup("trend", "Popups/Trend", {"pen": "TK-101"})
system.perspective.togglePopup("pump", "Popups/Pump", {})
system.perspective.closePopup("nope")
""")
    assert list(screen.popups) == ["myPopup", "trend"]
    assert screen.popups["myPopup"]["params"] == {"myParam": 1, "myParam2": "Test"}
    assert screen.popups["myPopup"]["view"] == "folder/myView" and screen.popups["myPopup"]["showCloseIcon"] is True
    assert screen.records[1] == ("openPopup", {
        "id": "pump", "view": "Popups/Pump", "params": None, "title": "Pump 2", "position": {"left": 10, "top": 20},
        "showCloseIcon": True, "draggable": True, "resizable": False, "modal": True, "overlayDismiss": False,
        "viewPortBound": False})
    assert screen.records[-1] == ("closePopup", {"id": "nope"})


def test_closepopup_with_an_empty_id_closes_the_latest(make_gateway):
    _, screen, _ = run(make_gateway, """
system.perspective.openPopup("a", "V/A")
system.perspective.openPopup("b", "V/B")
system.perspective.closePopup("")
""")
    assert list(screen.popups) == ["a"]


def test_popup_arguments_are_checked(make_gateway):
    gw, _ = session_gateway(make_gateway, 'system.perspective.openPopup("p", "V", params="x=1")')
    assert "TypeError: openPopup(): params must be a dictionary, not str" in fail_one(gw, scope="S").error


def test_docks_open_close_toggle_and_alter(make_gateway):
    _, screen, _ = run(make_gateway, """
system.perspective.openDock("nav", params={"area": "North"})
system.perspective.toggleDock("alarms")
system.perspective.toggleDock("nav")
system.perspective.alterDock("alarms", {"display": "onDemand", "size": 300})
system.perspective.closeDock("alarms")
""")
    assert screen.docks == {"nav": {"open": False, "params": {"area": "North"}, "config": None},
                            "alarms": {"open": False, "params": None, "config": {"display": "onDemand", "size": 300}}}
    assert [r[0] for r in screen.records] == ["openDock", "toggleDock", "toggleDock", "alterDock", "closeDock"]


def test_navigate_back_forward_and_its_one_target(make_gateway):
    run_, screen, _ = run(make_gateway, """
# the manual's examples (system.perspective.navigate)
system.perspective.navigate('/mypage')
system.perspective.navigate(view='folder/myView', params={'myParam': 1})
system.perspective.navigate(url='https://docs.inductiveautomation.com', newTab=True)
system.perspective.navigateBack()
print repr(system.perspective.navigateForward())
try:
    system.perspective.navigate()
except ValueError, e:
    print e
""")
    assert run_.output == ["None", "navigate(): give exactly one of page, url or view"]
    assert screen.url == "folder/myView"
    assert screen.records[2] == ("navigate", {"url": "https://docs.inductiveautomation.com", "params": None,
                                              "newTab": True})


def test_download_print_theme_refresh_vibrate_logging(make_gateway):
    gw, session = session_gateway(make_gateway, """
# the manual's example (system.perspective.download)
data = system.dataset.toCSV(system.dataset.toDataSet(["a", "b"], [[1, 2]]))
system.perspective.download("myExport.csv", data)
system.perspective.download("raw.bin", bytearray([1, 2, 255]), "application/octet-stream")
system.perspective.print("Hello from the console")
system.perspective.print("to the gateway", destination="gateway")
system.perspective.setTheme("dark")
system.perspective.refresh()
system.perspective.vibrateDevice(500)
system.perspective.alterLogging(remoteLoggingEnabled=True, level="debug")
""")
    run_one(gw, scope="S")
    screen = page(session)
    name, blob, kind = screen.downloads[0]
    assert name == "myExport.csv" and blob.decode().splitlines()[-1] == "\"1\",\"2\"" and kind is None
    assert screen.downloads[1] == ("raw.bin", b"\x01\x02\xff", "application/octet-stream")
    assert screen.console == ["Hello from the console"]
    assert any(r.message == "to the gateway" and r.logger == "perspective.script.print" for r in gw.log.records)
    assert (screen.theme, screen.refreshed) == ("dark", 1)
    assert ("vibrateDevice", {"duration": 500}) in screen.records
    assert screen.logging == {"remoteLoggingEnabled": True, "level": "debug", "remoteLoggingLevel": "warn"}


def test_print_and_download_errors(make_gateway):
    gw, _ = session_gateway(make_gateway, """
for call in [lambda: system.perspective.print("x", destination="browser"), lambda: system.perspective.download("f", 42),
             lambda: system.perspective.vibrateDevice("long"), lambda: system.perspective.setTheme(""),
             lambda: system.perspective.alterLogging(level="loud")]:
    try:
        call()
    except (TypeError, ValueError), e:
        print e
""")
    assert run_one(gw, scope="S").output == [
        "print(): destination must be one of client, gateway, all, not 'browser'",
        "download(): data must be a string or bytes, not int",
        "vibrateDevice(): duration must be a non-negative number of milliseconds",
        "setTheme(): name must be a non-empty string",
        "alterLogging(): level must be one of trace, debug, info, warn, error, not 'loud'",
    ]


def test_gateway_scripts_target_a_session_by_id(make_gateway):
    gw = make_gateway({"X/project.json": IGN81, "X/gateway/message/h.py": """
for info in system.perspective.getSessionInfo():
    system.perspective.openPopup("alarm", "Popups/Alarm", {"tag": payload["tag"]}, sessionId=info["id"])
    print info["username"], info["project"], info["sessionScope"], len(info["pageIds"]), info["authorized"]
try:
    system.perspective.openPopup("alarm", "Popups/Alarm")
except ValueError, e:
    print e
try:
    system.perspective.closePopup("alarm", sessionId="NOPE")
except ValueError, e:
    print e
"""}, synchronous=True)
    ann = gw.open_perspective("X", user="ann")
    assert run_one(gw, payload={"tag": "TK-101"}).output == [
        "ann X browser 1 True",
        "openPopup(): sessionId is required outside a Perspective session",
        "closePopup(): no Perspective session with id 'NOPE'"]
    assert page(ann).popups["alarm"]["params"] == {"tag": "TK-101"}


def test_pageid_must_be_the_sessions_page(make_gateway):
    gw, session = session_gateway(make_gateway, """
system.perspective.setTheme("dark", pageId=payload["pageId"])
system.perspective.setTheme("light", pageId="0000")
""")
    error = fail_one(gw, payload={"pageId": page(session).page_id}, scope="S").error
    assert f"setTheme(): session {session.id} has no page with id '0000'" in error
    assert page(session).theme == "dark"


def test_session_info_filters_and_login_logout(make_gateway):
    gw, ann = session_gateway(make_gateway, """
print [i["username"] for i in system.perspective.getSessionInfo("a.*")]
system.perspective.logout()
print system.perspective.isAuthorized(False, ["Authenticated"]), system.perspective.isAuthorized(True, ["Public"])
system.perspective.login(forceAuth=True)
print system.perspective.isAuthorized(True, ["Authenticated", "Authenticated/Roles/Operator"]),
print system.perspective.isAuthorized(True, ["Authenticated/Roles/Admin"]), system.perspective.isAuthorized(False, ["Authenticated/Roles/Admin", "Public"])
print [i["username"] for i in system.perspective.getSessionInfo(projectFilter="Y")]
""", user="ann", roles=["Operator"])
    gw.open_perspective("X", user="bob")
    runs = []
    unsubscribe = gw.log.on_run(runs.append)
    gw.send_message("X", "h", {}, scope="S", user="ann")
    gw.wait_idle()
    unsubscribe()
    assert runs[0].output == ["[u'ann']", "False True", "True False True", "[]"]
    assert ("login", {"forceAuth": True}) in page(ann).records


def test_close_page_and_session_and_project_info(make_gateway):
    run_, screen, _ = run(make_gateway, """
info = system.perspective.getProjectInfo()
print info["name"], info["title"], info["views"]
system.perspective.closePage("Shift over")
system.perspective.closeSession()
""")
    assert run_.output == ["X Plant HMI []"]
    assert screen.closed and ("closePage", {"message": "Shift over"}) in screen.records


def test_perspective_functions_are_new_in_8(make_gateway):
    gw = make_gateway({"X/project.json": {"ignition": "7.9"},
                       "X/gateway/message/h.py": 'system.perspective.navigate("/x")'}, synchronous=True)
    assert "system.perspective.navigate is new in Ignition 8" in fail_one(gw).error


def test_sendmessage_is_recorded_and_reaches_session_handlers(make_gateway):
    gw = make_gateway({"X/project.json": IGN81,
                       "X/perspective/message/h.py": "system.perspective.sendMessage('greet', {'n': 1}, scope='session')",
                       "X/perspective/message/greet.py": "print 'greeted', payload['n']"}, synchronous=True)
    session = gw.open_perspective("X")
    runs = []
    unsubscribe = gw.log.on_run(runs.append)
    gw.send_message("X", "h", {}, scope="S")
    gw.wait_idle()
    unsubscribe()
    assert [r.output for r in runs if r.output] == [["greeted 1"]]
    assert page(session).records == [("sendMessage", {"messageType": "greet", "payload": {"n": 1}, "scope": "session"})]


#: information that works in every scope, and the workstation namespace (tested below)
NO_SESSION_NEEDED = ("getSessionInfo", "getProjectInfo", "workstation")


@pytest.mark.parametrize("name", [n for n in system.perspective.__all__ if n not in NO_SESSION_NEEDED])
def test_every_function_refuses_the_gateway_scope_without_a_session(make_gateway, name):
    """Each function of the namespace needs a session, except those NO_SESSION_NEEDED names."""
    function = getattr(system.perspective, name)
    required = [p for p in inspect.signature(function).parameters.values() if p.default is inspect._empty]
    args = {"isAllOf": True, "securityLevels": [], "duration": 1, "filename": "f", "data": "d", "message": "m",
            "messageType": "m", "payload": {}, "name": "dark", "dockId": "d", "id": "i", "view": "V", "params": {}}
    gw = make_gateway({"X/project.json": IGN81, "X/gateway/message/h.py":
                       f"system.perspective.{name}(**{ {p.name: args[p.name] for p in required} !r})"},
                      synchronous=True)
    assert f"{name}(): sessionId is required outside a Perspective session" in fail_one(gw).error


def test_authentication_challenge_is_recorded_and_checked(make_gateway):
    run_, screen, _ = run(make_gateway, """
system.perspective.authenticationChallenge(idp="okta", payload={"step": 2}, framing="popup")
try:
    system.perspective.authenticationChallenge(framing="iframe")
except ValueError, e:
    print e
""")
    assert run_.output == ["authenticationChallenge(): framing must be self, popup or new-tab, not 'iframe'"]
    assert screen.records[0] == ("authenticationChallenge", {"idp": "okta", "forceAuth": False, "timeout": 1,
                                                             "payload": {"step": 2}, "framing": "popup"})


def test_page_and_view_messages_are_recorded_for_the_test(make_gateway):
    gw, session = session_gateway(make_gateway, """
system.perspective.sendMessage("refreshTrend", payload={"pen": "TK-101"})
system.perspective.sendMessage("highlight", {"row": 3}, scope="view")
""")
    run_one(gw, scope="S")
    assert page(session).records == [
        ("sendMessage", {"messageType": "refreshTrend", "payload": {"pen": "TK-101"}, "scope": "page"}),
        ("sendMessage", {"messageType": "highlight", "payload": {"row": 3}, "scope": "view"})]
    assert any("page message 'refreshTrend' not delivered" in r.message for r in gw.log.records)


def test_workstation_functions_are_recorded(make_gateway):
    run_, screen, _ = run(make_gateway, """
system.perspective.workstation.toKiosk()
print system.perspective.workstation
system.perspective.workstation.toWindowed()
system.perspective.workstation.exit()
""")
    assert run_.output == ["<module 'system.perspective.workstation'>"]
    assert [r[0] for r in screen.records] == ["workstation.toKiosk", "workstation.toWindowed", "workstation.exit"]
    assert screen.window_mode == "closed"
    gw = make_gateway({"X/project.json": IGN81, "X/gateway/message/h.py": "system.perspective.workstation.exit()"},
                      synchronous=True)
    assert "workstation.exit(): sessionId is required outside a Perspective session" in fail_one(gw).error
