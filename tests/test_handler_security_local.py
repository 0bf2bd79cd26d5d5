"""Handler security for calls made inside one gateway: its own scripts, another project on it,
its client and Perspective sessions.

8.1's message handler "Security" settings (manual: Gateway Event Scripts, Message Handler
settings) say who may run a gateway handler; the gateway decides with what it knows of the
caller. Inside one gateway: ``"remote": false`` never refuses (the call is not from a remote
gateway); ``roles`` are the calling session's user's roles, and the gateway's own scripts (any
project's gateway scope, plain Python driving the gateway) have no user, so no roles; ``zones``
are the gateway's own zones, and for a session also the zones that list its host name or IP
address (manual: Security Zones, "a list of Gateways, Computers, or IP addresses").
"""
from __future__ import annotations

import pytest

from runtime.gateway import Gateway

from conftest import write_tree
from test_nats_security import SECURED  # the same secured handlers as across processes

#: A client (or another project's gateway) script that asks a Line handler and reports what it got.
ASK = """
import system
logger = system.util.getLogger("relay")
try:
    answer = system.util.sendRequest("Line", payload["to"], {"line": payload["line"], "value": payload["value"]})
    logger.info("answered %s" % answer)
    return answer
except Exception, e:
    logger.warn("refused: %s" % e)
    return "refused: %s" % e
"""

FILES = {
    **SECURED,  # Line's secured handlers and users.json (sam: Supervisor, bob: Operator)
    "Line/client/message/ask.py": ASK,
    "Line/perspective/message/ask.py": ASK,
    "Ops/project.json": {"ignition": "8.1"},
    "Ops/gateway/message/ask.py": ASK,
}


def gateway_with(tmp_path, network: dict) -> Gateway:
    return Gateway(write_tree(tmp_path / "projects", {**FILES, "_gateway/gateway.json": {"network": network}}),
                   name="C")


def ask(gw: Gateway, via: str, to: str, value: int, **target) -> object:
    """Run ``via``'s ask handler ("Ops": another project's gateway script; "client"/"perspective":
    the session ``target``), which asks Line/``to``; what the asking script got."""
    payload = {"to": to, "line": 3, "value": value}
    if via == "Ops":
        return gw.send_request("Ops", "ask", payload, timeout=5).get()
    scope = "C" if via == "client" else "S"
    return gw.send_request("Line", "ask", payload, scope=scope, timeout=5, **target).get()


def refusals(gw: Gateway) -> list[str]:
    gw.wait_idle(5)
    return [r.message for r in gw.log.records if "refused a call" in r.message]


def test_the_gateways_own_scripts_have_no_roles_but_are_local_and_in_its_zone(tmp_path):
    gw = gateway_with(tmp_path, {"zone": "Plant"})
    try:
        # another project's gateway script: remote false and the zone let it through, roles do not
        assert ask(gw, "Ops", "setpoint", 1) == 1
        assert ask(gw, "Ops", "shift", 2) == 2
        assert ask(gw, "Ops", "recipe", 3) == ("refused: message handler Line/recipe on gateway 'C' refused the "
                                                "request: the caller has none of the roles Engineer, Supervisor")
        # plain Python driving the gateway is the gateway itself too; a refused message keeps SENT
        sent = gw.send_message("Line", "recipe", {"line": 3, "value": 4}, scope="G")
        assert sent == ["type=Gateway,project=Line,messageHandler=recipe,filterParams={hostName=, "
                        "clientSessionId=, scope=G, user=, hasRole=},sendStatus=SENT"]
        refused = gw.send_request("Line", "recipe", {"line": 3, "value": 5}, timeout=5)
        assert not refused.block() and "the caller has none of the roles" in str(refused.getError())
        assert gw.send_request("Line", "audit", timeout=5).get() == ["setpoint line 3 -> 1", "shift line 3 -> 2"]
        assert refusals(gw) == ["message handler Line/recipe refused a call from this gateway's own scripts "
                                '(no user): the caller has none of the roles Engineer, Supervisor '
                                '(its NAME.json "security")']  # once, not per call
    finally:
        gw.close()


def test_a_session_calls_with_its_own_users_roles(tmp_path):
    gw = gateway_with(tmp_path, {"zone": "Plant"})
    try:
        sam = gw.open_client("Line", user="sam", roles=["Supervisor"], session_id="0000000A")
        bob = gw.open_client("Line", user="bob", roles=["Operator"], session_id="0000000B")
        view = gw.open_perspective("Line", user="sam", roles=["Engineer"], session_id="0000000C")
        assert ask(gw, "client", "recipe", 1, client_session_id=sam.id) == 1
        assert ask(gw, "client", "recipe", 2, client_session_id=bob.id) == (
            "refused: message handler Line/recipe on gateway 'C' refused the request: "
            "the caller has none of the roles Engineer, Supervisor")
        assert ask(gw, "client", "setpoint", 3, client_session_id=bob.id) == 2  # not a remote gateway
        assert ask(gw, "perspective", "recipe", 4, client_session_id=view.id) == 3
        # bob logs in as sam: from then on his session has sam's roles
        gw.relogin(bob, "sam", ["Supervisor"])
        assert ask(gw, "client", "recipe", 5, client_session_id=bob.id) == 4
        assert refusals(gw) == ["message handler Line/recipe refused a call from client session 0000000B "
                                "(user 'bob'): the caller has none of the roles Engineer, Supervisor "
                                '(its NAME.json "security")']
        assert gw.send_request("Line", "audit", timeout=5).get() == [
            "recipe line 3 -> 1", "setpoint line 3 -> 3", "recipe line 3 -> 4", "recipe line 3 -> 5"]
    finally:
        gw.close()


@pytest.mark.parametrize("session, allowed", [
    ({"host_name": "HMI-1"}, True),
    ({"address": "10.0.0.5"}, True),
    ({"host_name": "OFFICE-7", "address": "10.9.0.1"}, False),
])
def test_a_sessions_zone_is_the_one_listing_its_computer(tmp_path, session, allowed):
    """This gateway is in no zone; the Plant zone lists one HMI by name and one by address."""
    gw = gateway_with(tmp_path, {"zones": {"Plant": ["HMI-1", "10.0.0.5"], "Office": ["OFFICE-7"]}})
    try:
        opened = gw.open_client("Line", user="sam", roles=["Supervisor"], session_id="0000000D", **session)
        got = ask(gw, "client", "shift", 1, client_session_id=opened.id)
        assert got == (1 if allowed else "refused: message handler Line/shift on gateway 'C' refused the request: "
                                         "the caller is in none of the security zones Plant")
        # the gateway's own scripts are in none of the zones here
        assert ask(gw, "Ops", "shift", 2).endswith("the caller is in none of the security zones Plant")
    finally:
        gw.close()
