"""sendRequest(Async), Perspective sessions, EDT threading, the in-process Gateway Network and
the system.util context functions, per context."""
from __future__ import annotations

import json
import threading

import pytest

from runtime.gateway import Gateway, network
from runtime.messaging.requests import RequestError


def runs_of(gateway):
    runs = []
    gateway.log.on_run(runs.append)
    return runs


def run_in(gateway, source, session=None, project="X"):
    """Run a script as the console would: in the gateway or in a session; return its globals."""
    host = gateway.session_host(session) if session is not None else gateway.host(project)
    return host.run_source(source, "<test>")


# -- sendRequest ---------------------------------------------------------------------------

REQ = {
    "X/gateway/message/double.py": "return payload['n'] * 2",
    "X/gateway/message/boom.py": "x = 1\nreturn payload['missing']",
    "X/gateway/message/slow.py": "import time\ntime.sleep(0.5)\nreturn 'late'",
    "X/client/message/whoami.py": "return system.util.getClientId()",
    "X/gateway/message/askAgain.py": "return system.util.sendRequest('X', 'double', {'n': payload['n']}) + 1",
}


@pytest.mark.parametrize("synchronous", [True, False])
def test_send_request_returns_the_handlers_value(make_gateway, synchronous):
    gw = make_gateway(REQ, synchronous=synchronous)
    ns = run_in(gw, "result = system.util.sendRequest('X', 'double', {'n': 21})")
    assert ns["result"] == 42


@pytest.mark.parametrize("synchronous", [True, False])
def test_a_handler_may_request_from_its_own_project_without_deadlock(make_gateway, synchronous):
    gw = make_gateway(REQ, synchronous=synchronous)
    ns = run_in(gw, "result = system.util.sendRequest('X', 'askAgain', {'n': 5}, timeoutSec=5)")
    assert ns["result"] == 11


def test_send_request_raises_the_handlers_error_in_the_caller(make_gateway):
    gw = make_gateway(REQ, synchronous=True)
    ns = run_in(gw, "try:\n    system.util.sendRequest('X', 'boom')\nexcept Exception, e:\n    msg = str(e)")
    assert ns["msg"] == "Error executing message handler X/boom: KeyError: 'missing'"


def test_send_request_to_a_missing_handler_raises(make_gateway):
    gw = make_gateway(REQ, synchronous=True)
    with pytest.raises(RequestError, match='The message handler "nope" could not be found!'):
        gw.send_request("X", "nope").get()


def test_send_request_times_out(make_gateway):
    gw = make_gateway(REQ)
    ns = run_in(gw, "try:\n    system.util.sendRequest('X', 'slow', timeoutSec=0.05)\nexcept Exception, e:\n    msg = str(e)")
    assert ns["msg"] == "request X/slow timed out after 0.05 s with no response"


def test_send_request_to_a_client_by_session_id(make_gateway):
    gw = make_gateway(REQ, synchronous=True)
    bob = gw.open_client("X", user="bob")
    assert gw.send_request("X", "whoami", client_session_id=bob.id).get() == bob.id


def test_send_request_async_handle(make_gateway):
    gw = make_gateway(REQ)
    ns = run_in(gw, "r = system.util.sendRequestAsync('X', 'double', {'n': 4})\nok = r.block()\nvalue = r.get()\nerr = r.getError()")
    assert (ns["ok"], ns["value"], ns["err"]) == (True, 8, None)
    ns = run_in(gw, "r = system.util.sendRequestAsync('X', 'boom')\nok = r.block()\nerr = r.getError()")
    assert ns["ok"] is False and isinstance(ns["err"], RequestError)


def test_async_callbacks_run_on_a_gateway_worker_in_the_callers_context(make_gateway):
    gw = make_gateway(REQ)
    runs_done = threading.Event()
    seen = []
    gw.log.subscribe(lambda r: (seen.append(str(r)), runs_done.set()) if "callback" in r.message else None)
    run_in(gw, "def ok(v):\n    print 'callback', v\nsystem.util.sendRequestAsync('X', 'double', {'n': 1}, onSuccess=ok)")
    assert runs_done.wait(5)
    assert seen == ["[gateway X] callback 2"]


def test_async_error_callback_and_cancel(make_gateway):
    gw = make_gateway(REQ)
    got = threading.Event()
    errors = []
    gw.log.subscribe(lambda r: (errors.append(r.message), got.set()) if r.message.startswith("error:") else None)
    run_in(gw, "def bad(e):\n    print 'error:', e\nr = system.util.sendRequestAsync('X', 'slow', timeoutSec=5)\nr.onError(bad)\nr.cancel()")
    assert got.wait(5)
    assert errors == ["error: request X/slow was cancelled"]


def test_client_callbacks_run_on_its_ui_thread(make_gateway):
    gw = make_gateway(REQ)
    client = gw.open_client("X")
    names = []
    done = threading.Event()
    gw.log.subscribe(lambda r: (names.append(r.tag), done.set()) if "cb" in r.message else None)
    run_in(gw, "def ok(v):\n    print 'cb', v\nsystem.util.sendRequestAsync('X', 'double', {'n': 3}, onSuccess=ok)", session=client)
    assert done.wait(5)
    assert names == [f"client {client.id} X"]


def test_bad_request_arguments(make_gateway):
    gw = make_gateway(REQ, synchronous=True)
    for source, error in [("system.util.sendRequest('X')", "TypeError"),
                          ("system.util.sendRequest('X', 'double', [1])", "TypeError"),
                          ("system.util.sendRequest('X', 'double', {}, timeoutSec=-1)", "ValueError")]:
        ns = run_in(gw, f"try:\n    {source}\nexcept Exception, e:\n    kind = type(e).__name__")
        assert ns["kind"] == error, source


# -- Perspective --------------------------------------------------------------------------

PERSPECTIVE = {
    "P/project.json": {"ignition": "8.1"},
    "P/perspective/message/greet.py": "session.custom.count = session.custom.get('count', 0) + 1\n"
                                      "print 'hello', session.props.auth.user.userName, payload['n'], session.custom.count",
    "P/gateway/message/greet.py": "print 'gateway greet'",
    "P/perspective/message/relay.py": "system.perspective.sendMessage('greet', {'n': 99}, scope='session')",
}


def test_scope_s_reaches_perspective_sessions_with_session_in_scope(make_gateway):
    gw = make_gateway(PERSPECTIVE, synchronous=True)
    runs = runs_of(gw)
    ann = gw.open_perspective("P", user="ann", roles=["Operator"])
    results = gw.send_message("P", "greet", {"n": 1}, scope="S")
    assert results == [f"type=Session,sessionId={ann.id},clientAddress=,clientHostName=,project=P,"
                       "messageHandler=greet,filterParams={hostName=, clientSessionId=, scope=S, user=, hasRole=},sendStatus=SENT"]
    gw.send_message("P", "greet", {"n": 2}, scope="S")
    assert [r.output for r in runs] == [["hello ann 1 1"], ["hello ann 2 2"]]


def test_8_1_default_scope_includes_sessions(make_gateway):
    gw = make_gateway(PERSPECTIVE, synchronous=True)
    gw.open_perspective("P", user="ann")
    gw.open_client("P", user="bob")
    results = gw.send_message("P", "greet", {"n": 1})
    assert [r.split(",")[0] for r in results] == ["type=Gateway", "type=Client", "type=Session"]
    assert "scope=CGS" in results[0]


def test_perspective_send_message_session_scope(make_gateway):
    gw = make_gateway(PERSPECTIVE, synchronous=True)
    runs = runs_of(gw)
    gw.open_perspective("P", user="ann")
    gw.send_message("P", "relay", {}, scope="S")
    assert [r.handler for r in runs] == ["relay", "greet"] and runs[1].output == ["hello ann 99 1"]


def test_session_object_is_read_only_but_custom_is_writable(make_gateway):
    gw = make_gateway({"P/project.json": {"ignition": "8.1"},
                       "P/perspective/message/h.py": "session.props.id = 'x'"}, synchronous=True)
    runs = runs_of(gw)
    gw.open_perspective("P")
    gw.send_message("P", "h", scope="S")
    assert "AttributeError: property 'id' is read-only" in runs[0].error


# -- threading ----------------------------------------------------------------------------

def test_edt_handlers_and_invoke_later_run_on_the_clients_ui_queue(make_gateway):
    gw = make_gateway({
        "X/client/message/ui.py": "def later():\n    print 'later'\nsystem.util.invokeLater(later)\nprint 'now'",
        "X/client/message/ui.json": {"threading": "edt"},
    })
    gw.open_client("X")
    lines = []
    gw.log.subscribe(lambda r: lines.append(r.message))
    gw.send_message("X", "ui", scope="C")
    assert gw.wait_idle(5)
    assert lines == ["now", "later"]


def test_invoke_later_is_client_only(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "system.util.invokeLater(lambda: 1)"}, synchronous=True)
    runs = runs_of(gw)
    gw.send_message("X", "h", scope="G")
    assert "AttributeError: 'system.util' has no attribute 'invokeLater' in gateway scope" in runs[0].error


def test_invoke_asynchronous_runs_in_the_callers_context(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py":
                       "def work(n):\n    print 'async', n\nt = system.util.invokeAsynchronous(work, [7])\nt.join()\nprint 'joined', t.isAlive()"})
    lines = []
    gw.log.subscribe(lambda r: lines.append(str(r)))
    gw.send_message("X", "h", scope="G")
    assert gw.wait_idle(5)
    assert lines == ["[gateway X/h] async 7", "[gateway X/h] joined False"]


# -- Gateway Network in one process --------------------------------------------------------

NET = {"X/gateway/message/h.py": "print 'on', payload['at']", "X/client/message/h.py": "print 'client on', payload['at']"}


@pytest.fixture
def three(make_projects, tmp_path):
    folder = make_projects(NET)
    gateways = [Gateway(folder, name=name, synchronous=True) for name in ("front", "agent-8088", "agent-9000")]
    network(*gateways)
    yield gateways
    for gw in gateways:
        gw.close()


def test_remote_servers_fan_out_reaches_exactly_the_right_handlers(three):
    front, a, b = three
    bob = a.open_client("X", user="bob")
    b.open_client("X", user="amy")
    runs = {gw.name: runs_of(gw) for gw in three}
    token_ns = run_in(front, "r = system.util.sendMessage('X', 'h', {'at': 1}, user='bob', scope='CG', remoteServers=['agent-8088', 'agent-9000'])")
    params = "filterParams={hostName=, clientSessionId=, scope=CG, user=bob, hasRole=},sendStatus=SENT"
    assert token_ns["r"] == [
        f"type=Gateway,remoteServer=agent-8088,project=X,messageHandler=h,{params}",
        f"type=Client,remoteServer=agent-8088,sessionId={bob.id},clientAddress=,clientHostName=,project=X,messageHandler=h,{params}",
        f"type=Gateway,remoteServer=agent-9000,project=X,messageHandler=h,{params}",
    ]
    assert runs["front"] == []
    assert [(r.context, r.session_id) for r in runs["agent-8088"]] == [("gateway", None), ("client", bob.id)]
    assert [(r.context, r.session_id) for r in runs["agent-9000"]] == [("gateway", None)]


def test_unknown_remote_server_gets_a_clear_status(three):
    front = three[0]
    result = front.send_message("X", "h", {"at": 1}, scope="G", remote_servers=["agent-9999"])
    assert result == ["type=Gateway,remoteServer=agent-9999,project=X,messageHandler=h,filterParams={hostName=, "
                      "clientSessionId=, scope=G, user=, hasRole=},sendStatus=UNKNOWN_SERVER"]


def test_closed_gateway_is_no_longer_reachable(three):
    front, a, _ = three
    a.close()
    assert front.send_message("X", "h", {"at": 1}, scope="G", remote_servers=["agent-8088"])[0].endswith("UNKNOWN_SERVER")


def test_remote_send_request(make_projects):
    folder = make_projects({"X/gateway/message/where.py": "return system.util.getProjectName() + '@' + payload['q']"})
    front, back = Gateway(folder, name="front"), Gateway(folder, name="back")
    network(front, back)
    try:
        ns = run_in(front, "r = system.util.sendRequest('X', 'where', {'q': 'x'}, remoteServer='back')")
        assert ns["r"] == "X@x"
        with pytest.raises(RequestError, match="remote gateway 'nowhere' is not on the Gateway Network"):
            front.send_request("X", "where", remote_server="nowhere").get()
    finally:
        front.close()
        back.close()


# -- context functions --------------------------------------------------------------------

def test_context_functions_per_context(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "pass"}, synchronous=True)
    client = gw.open_client("X", user="bob")
    designer = gw.open_designer("X")
    probe = ("out = {}\n"
             "for name in ['getClientId', 'getGatewayAddress', 'getSystemFlags', 'getConnectionMode', 'getProjectName']:\n"
             "    try:\n"
             "        out[name] = getattr(system.util, name)()\n"
             "    except AttributeError, e:\n"
             "        out[name] = 'AttributeError'\n")
    assert run_in(gw, probe)["out"] == {
        "getClientId": "AttributeError", "getGatewayAddress": "AttributeError", "getSystemFlags": "AttributeError",
        "getConnectionMode": "AttributeError", "getProjectName": "X"}
    assert run_in(gw, probe, session=client)["out"] == {
        "getClientId": client.id, "getGatewayAddress": "http://127.0.0.1:8088/", "getSystemFlags": 4,
        "getConnectionMode": 3, "getProjectName": "X"}
    assert run_in(gw, probe, session=designer)["out"]["getSystemFlags"] == 1


def test_globals_are_per_gateway_and_per_client(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "pass"}, synchronous=True)
    a, b = gw.open_client("X"), gw.open_client("X")
    run_in(gw, "system.util.getGlobals()['n'] = 1")
    run_in(gw, "system.util.getGlobals()['n'] = 2", session=a)
    assert run_in(gw, "n = system.util.getGlobals()['n']")["n"] == 1
    assert run_in(gw, "n = system.util.getGlobals().get('n')", session=a)["n"] == 2
    assert run_in(gw, "n = system.util.getGlobals().get('n')", session=b)["n"] is None


def test_system_util_globals_is_the_same_dictionary_as_get_globals(make_gateway):
    """8.3 manual (``system.util.getGlobals``): the dictionary "is accessible at
    system.util.globals"; each context keeps its own, as with getGlobals()."""
    gw = make_gateway({"X/gateway/message/h.py": "pass"}, synchronous=True)
    a = gw.open_client("X")
    run_in(gw, "system.util.globals['line'] = 'L3'\nsystem.util.globals.setdefault('runs', []).append(1)")
    run_in(gw, "system.util.globals['line'] = 'HMI'", session=a)
    ns = run_in(gw, "same = system.util.globals is system.util.getGlobals()\n"
                    "line, runs = system.util.globals['line'], system.util.getGlobals()['runs']\n"
                    "listed = 'globals' in dir(system.util)")
    assert (ns["same"], ns["line"], ns["runs"], ns["listed"]) == (True, "L3", [1], True)
    assert run_in(gw, "line = system.util.globals['line']", session=a)["line"] == "HMI"


def test_logger_levels_and_names(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py":
                       "log = system.util.getLogger('Plant.Recalc')\nlog.debug('hidden')\nlog.info('shown')\n"
                       "log.warnf('line %d of %s', 3, 'X')\nlog.error('bad')"}, synchronous=True)
    gw.send_message("X", "h", scope="G")
    assert [(r.tag, r.level, r.logger, r.message) for r in gw.log.records] == [
        ("gateway X/h", "INFO", "Plant.Recalc", "shown"), ("gateway X/h", "WARN", "Plant.Recalc", "line 3 of X"),
        ("gateway X/h", "ERROR", "Plant.Recalc", "bad")]


def test_json_encode_decode_property_and_thread_dump(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "pass"}, synchronous=True)
    ns = run_in(gw, "e = system.util.jsonEncode({'a': [1, 2]})\nd = system.util.jsonDecode('{\"b\": 1}')\n"
                    "i = system.util.jsonEncode({'a': 1}, 2)\np = system.util.getProperty('line.separator')\n"
                    "t = system.util.threadDump()")
    assert ns["e"] == '{"a":[1,2]}' and ns["d"] == {"b": 1} and ns["i"] == '{\n  "a": 1\n}'
    assert ns["p"] == "\n"
    assert "threads" in json.loads(ns["t"])


def test_get_session_info_lists_clients_and_designers(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "pass", "Y/gateway/message/h.py": "pass"}, synchronous=True)
    bob = gw.open_client("X", user="bob", address="10.0.0.9")
    designer = gw.open_designer("Y", user="ann")
    gw.open_perspective("X", user="zed")  # Perspective sessions are not in this dataset
    ns = run_in(gw, "info = system.util.getSessionInfo()\n"
                    "rows = [(r['username'], r['project'], r['address'], r['isDesigner'], r['clientId']) for r in info]\n"
                    "cols = list(info.getColumnNames())\n"
                    "only_bob = len(system.util.getSessionInfo('b.*'))\n"
                    "only_y = [r['username'] for r in system.util.getSessionInfo(None, 'Y')]\n"
                    "created = info[0]['creationTime'].getTime() > 0")
    assert ns["cols"] == ["username", "project", "address", "isDesigner", "clientId", "creationTime"]
    assert ns["rows"] == [("bob", "X", "10.0.0.9", False, bob.id), ("ann", "Y", "", True, designer.id)]
    assert (ns["only_bob"], ns["only_y"], ns["created"]) == (1, ["ann"], True)


def test_handlers_waiting_on_requests_never_starve_the_workers(make_gateway):
    """More client handlers blocked in sendRequest than there are workers: each still gets its
    answer (a waiting worker gets a spare beside it)."""
    gw = make_gateway({"P/gateway/message/ping.py": "return 'pong'",
                       "P/client/message/ask.py": "print system.util.sendRequest('P', 'ping', timeoutSec=5)"},
                      workers=2)
    runs = runs_of(gw)
    for _ in range(6):
        gw.open_client("P")
    gw.send_message("P", "ask", scope="C")
    assert gw.wait_idle(10)
    assert sorted(tuple(r.output) for r in runs if r.handler == "ask") == [("pong",)] * 6


@pytest.mark.parametrize("source", ["system.util.sendRequestAsync('X', 'double', {}, timeoutSec=1e400)",
                                    "system.util.sendRequestAsync('X', 'double', {}, timeoutSec=float('nan'))"])
def test_absurd_timeouts_are_refused_and_the_scheduler_survives(make_gateway, source):
    gw = make_gateway(REQ)
    ns = run_in(gw, f"try:\n    {source}\nexcept ValueError, e:\n    msg = str(e)")
    assert "timeoutSec must be a positive" in ns["msg"]
    ns = run_in(gw, "try:\n    system.util.sendRequest('X', 'slow', timeoutSec=0.05)\nexcept Exception, e:\n    msg = str(e)")
    assert "timed out" in ns["msg"]


def test_request_results_are_copies_never_the_handlers_objects(make_gateway):
    """A client changing what a gateway handler returned must not change the gateway's library
    (review finding): the answer is serialised back, as in Ignition."""
    gw = make_gateway({"A/library/util.py": "LIMITS = {'max_temp': 80}\n",
                       "A/gateway/message/get.py": "return project.util.LIMITS",
                       "A/gateway/message/show.py": "print project.util.LIMITS",
                       "A/gateway/message/fn.py": "return project.util.LIMITS.get",
                       "B/client/message/h.py": "d = system.util.sendRequest('A', 'get')\nd['max_temp'] = 10**9"},
                      synchronous=True)
    runs = runs_of(gw)
    gw.open_client("B")
    gw.send_message("B", "h", scope="C")
    gw.send_message("A", "show", scope="G")
    assert runs[-1].output == ["{'max_temp': 80}"]
    with pytest.raises(RequestError, match="returned what cannot be sent back"):
        gw.send_request("A", "fn").get()


def test_asynchronous_work_has_a_time_budget_and_a_thread_cap(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "def spin():\n    while True:\n        pass\n"
                                                 "system.util.invokeAsynchronous(spin)"}, time_limit=0.2)
    records = []
    gw.log.subscribe(records.append)
    gw.send_message("X", "h", scope="G")
    assert gw.wait_idle(5)
    assert any("ScriptTimeout" in r.message and "asynchronous function spin" in r.message for r in records)
    import system.util as util

    assert util.MAX_ASYNC_THREADS <= 1024
