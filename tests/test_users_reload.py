"""``_gateway/users.json`` is re-read when it changes, without restarting the gateway.

An Ignition gateway's user source is live: a role given to a user in the Gateway's
Users, Roles page counts at the user's next check (manual: Classic Authentication Strategy >
Managing Users, Roles). Here ``Gateway.reload_settings`` (called by ``reload`` and by ``watch``
when a file under ``_gateway/`` changes) rebuilds the users; a change only there leaves the
projects and their event scripts running; a users.json that no longer loads is logged and the
previous users stay.
"""
from __future__ import annotations

import json
import os
import time

from runtime.gateway import Gateway

from conftest import write_tree

#: A shift supervisor's login check, as plant code writes it: a helper, logging, py2 except.
LOGIN = """
import system
logger = system.util.getLogger("Line.login")

def roles_of(user, password):
    try:
        roles = system.security.getUserRoles(user, password, "default")
        logger.info("roles of %s: %s" % (user, roles))
        return roles
    except Exception, e:
        logger.error("login check failed: %s" % e)
        return None

found = roles_of(payload["user"], payload["password"])
return None if found is None else sorted(found)
"""

FILES = {
    "Line/gateway/message/login.py": LOGIN,
    "Line/gateway/events/startup.py": "system.util.getGlobals()['starts'] = system.util.getGlobals().get('starts', 0) + 1",
    "Line/gateway/message/starts.py": "return system.util.getGlobals().get('starts')",
    "_gateway/users.json": {"users": {"bob": {"password": "pw", "roles": ["Operator"]}}},
}


def login(gw: Gateway, user: str, password: str = "pw"):
    return gw.send_request("Line", "login", {"user": user, "password": password}, timeout=5).get()


def rewrite(path, data) -> None:
    """Write users.json anew, its mtime moved on so the change shows even on a coarse clock."""
    before = path.stat().st_mtime_ns
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_a_changed_users_json_counts_from_the_next_check(tmp_path):
    root = write_tree(tmp_path / "projects", FILES)
    users = root / "_gateway" / "users.json"
    gw = Gateway(root, name="C")
    try:
        assert login(gw, "bob") == ["Operator"]
        assert gw.reload_settings() == []  # nothing changed: nothing re-read
        rewrite(users, {"users": {"bob": {"password": "new", "roles": ["Operator", "Supervisor"]},
                                  "sam": {"password": "pw", "roles": ["Engineer"]}}})
        assert gw.reload_settings() == ["users.json"]
        assert login(gw, "bob") is None  # the old password no longer authenticates
        assert login(gw, "bob", "new") == ["Operator", "Supervisor"]
        assert login(gw, "sam") == ["Engineer"]
        rewrite(users, '{"users": {"bob": ')  # half-written or broken: the previous users stay
        assert gw.reload_settings() == []
        assert login(gw, "sam") == ["Engineer"]
        errors = [r.message for r in gw.log.records if r.level == "ERROR"]
        assert len(errors) == 1 and errors[0].startswith(f"users.json not reloaded, keeping the previous settings: {users}")
    finally:
        gw.close()


def test_watch_reloads_users_without_restarting_projects(tmp_path):
    root = write_tree(tmp_path / "projects", FILES)
    gw = Gateway(root, name="C")
    try:
        assert login(gw, "bob") == ["Operator"]
        gw.watch(interval=0.05)
        time.sleep(0.2)  # the watcher has taken its first snapshot (a later edit is a change either way)
        rewrite(root / "_gateway" / "users.json", {"users": {"bob": {"password": "pw", "roles": ["Engineer"]}}})
        deadline = time.monotonic() + 20  # a bounded wait, not a timed assert
        while time.monotonic() < deadline and not any(r.message == "users.json reloaded" for r in gw.log.records):
            time.sleep(0.05)
        assert login(gw, "bob") == ["Engineer"]
        assert gw.send_request("Line", "starts", timeout=5).get() == 1  # the startup script did not run again
        assert not any("projects reloaded" in r.message for r in gw.log.records)
    finally:
        gw.close()
