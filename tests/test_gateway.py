"""Delivery: asynchronous execution, threading modes, FIFO, errors that point at the user's line."""
from __future__ import annotations

import threading
import time

import pytest

import system
from runtime.core.context import activate, deactivate


def runs_of(gateway):
    runs = []
    gateway.log.on_run(runs.append)
    return runs


def test_sendmessage_is_asynchronous_and_wait_idle_waits(make_gateway):
    gw = make_gateway({"X/gateway/message/slow.py": "import time\ntime.sleep(0.2)\nprint 'done'"})
    runs = runs_of(gw)
    started = time.perf_counter()
    gw.send_message("X", "slow", scope="G")
    assert time.perf_counter() - started < 0.15  # the sender gets its list at once
    assert runs == []
    assert gw.wait_idle(5)
    assert [r.output for r in runs] == [["done"]]


def test_shared_threading_is_fifo_per_project(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "print payload['i']"})
    runs = runs_of(gw)
    for i in range(300):
        gw.send_message("X", "h", {"i": i}, scope="G")
    assert gw.wait_idle(10)
    assert [r.output[0] for r in runs] == [str(i) for i in range(300)]


def test_dedicated_handler_runs_beside_the_shared_queue(make_gateway):
    gw = make_gateway({
        "X/gateway/message/block.py": "import time\ntime.sleep(0.5)\nprint 'blocked done'",
        "X/gateway/message/block.json": {"threading": "dedicated"},
        "X/gateway/message/quick.py": "print 'quick'",
    })
    runs = runs_of(gw)
    gw.send_message("X", "block", scope="G")
    gw.send_message("X", "quick", scope="G")
    assert gw.wait_idle(5)
    assert [r.handler for r in runs] == ["quick", "block"]


def test_absent_payload_arrives_as_empty_dict(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "print type(payload).__name__, len(payload)"}, synchronous=True)
    runs = runs_of(gw)
    gw.send_message("X", "h", scope="G")
    assert runs[0].output == ["dict 0"]


def test_missing_handler_is_logged_on_the_receiving_side(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "pass"}, synchronous=True)
    c = gw.open_client("X")
    results = gw.send_message("X", "nope")
    assert len(results) == 2  # not raised to the sender
    errors = [(r.tag, r.logger, r.message) for r in gw.log.records if r.level == "ERROR"]
    assert errors == [
        ("gateway X/nope", "gateway.MessageHandler", 'The message handler "nope" could not be found!'),
        (f"client {c.id} X/nope", "client.MessageHandler", 'The message handler "nope" could not be found!'),
    ]


def test_failing_handler_is_logged_with_its_own_file_and_line(make_gateway):
    gw = make_gateway({
        "X/gateway/message/bad.py": "def handleMessage(payload):\n\tx = payload['n']\n\tprint 'before'\n\treturn x / 0\n",
        "X/gateway/message/good.py": "print 'still here'",
    }, synchronous=True)
    runs = runs_of(gw)
    gw.send_message("X", "bad", {"n": 1}, scope="G")
    gw.send_message("X", "good", scope="G")
    bad, good = runs
    assert bad.status == "error" and good.output == ["still here"]
    assert bad.error.splitlines() == [
        "Traceback (most recent call last):",
        f'  File "{gw.projects.root}/X/gateway/message/bad.py", line 4, in handleMessage',
        "    return x / 0",
        "ZeroDivisionError: integer division or modulo by zero",
    ]
    record = [r for r in gw.log.records if r.level == "ERROR"][0]
    assert record.tag == "gateway X/bad" and "Error executing message handler X/bad" in record.message
    assert "runtime/" not in bad.error  # none of shim's own frames


def test_handler_that_does_not_compile_reports_its_line(make_gateway):
    gw = make_gateway({"X/gateway/message/bad.py": "x = 1\nprint 'a' 'b' +\n"}, synchronous=True)
    runs = runs_of(gw)
    gw.send_message("X", "bad", scope="G")
    assert runs[0].status == "error"
    assert "bad.py\", line 2" in runs[0].error and "SyntaxError" in runs[0].error


def test_error_in_library_module_shows_both_frames(make_gateway):
    gw = make_gateway({
        "X/library/util.py": "def half(n):\n    return n / zero\n",
        "X/gateway/message/h.py": "print project.util.half(4)\n",
    }, synchronous=True)
    runs = runs_of(gw)
    gw.send_message("X", "h", scope="G")
    lines = runs[0].error.splitlines()
    assert lines[1].endswith('X/gateway/message/h.py", line 1, in handleMessage')
    assert lines[3].endswith('X/library/util.py", line 2, in half')
    assert lines[-1] == "NameError: global name 'zero' is not defined"


def test_whole_def_and_body_handlers_both_return_values(make_gateway):
    gw = make_gateway({
        "X/gateway/message/whole.py": "def handleMessage(payload):\n\treturn payload['a'] * 2\n",
        "X/gateway/message/body.py": "return payload['a'] + 1\n",
    }, synchronous=True)
    runs = runs_of(gw)
    gw.send_message("X", "whole", {"a": 5}, scope="G")
    gw.send_message("X", "body", {"a": 5}, scope="G")
    assert [r.result for r in runs] == [10, 6]


def test_project_and_shared_libraries_7_9(make_gateway):
    gw = make_gateway({
        "X/library/util.py": "COUNT = [0]\ndef bump():\n    COUNT[0] += 1\n    return COUNT[0]\n",
        "X/library/pkg/deep.py": "def hello():\n    return 'deep ' + shared.tools.name()\n",
        "_global/library/tools.py": "def name():\n    return 'tools'\n",
        "X/gateway/message/h.py": "import project.util\nfrom shared.tools import name\nprint project.util.bump(), project.pkg.deep.hello()\nprint name()",
    }, synchronous=True)
    runs = runs_of(gw)
    gw.send_message("X", "h", scope="G")
    gw.send_message("X", "h", scope="G")
    assert [r.output for r in runs] == [["1 deep tools", "tools"], ["2 deep tools", "tools"]]


def test_library_by_its_own_name_in_8_1(make_gateway):
    gw = make_gateway({
        "X/project.json": {"ignition": "8.1"},
        "X/library/util.py": "def f():\n    return 42\n",
        "X/gateway/message/h.py": "print util.f()\nfrom util import f\nprint f()",
    }, synchronous=True)
    runs = runs_of(gw)
    gw.send_message("X", "h", scope="G")
    assert runs[0].output == ["42", "42"], runs[0].error


def test_each_client_has_its_own_library_state(make_gateway):
    gw = make_gateway({
        "X/library/state.py": "n = [0]\n",
        "X/client/message/h.py": "project.state.n[0] += 1\nprint project.state.n[0]",
    }, synchronous=True)
    runs = runs_of(gw)
    gw.open_client("X")
    gw.open_client("X")
    gw.send_message("X", "h", scope="C")
    gw.send_message("X", "h", scope="C")
    assert sorted(r.output[0] for r in runs) == ["1", "1", "2", "2"]


def test_handler_sends_a_message_from_the_gateway(make_gateway):
    gw = make_gateway({
        "X/gateway/message/first.py": "print system.util.sendMessage('X', 'second', {'v': payload['v'] + 1}, scope='G')[0].split(',')[-1]",
        "X/gateway/message/second.py": "print 'second got', payload['v']",
    })
    runs = runs_of(gw)
    gw.send_message("X", "first", {"v": 1}, scope="G")
    assert gw.wait_idle(5)
    assert [r.output for r in runs] == [["sendStatus=SENT"], ["second got 2"]]


def test_client_script_sends_through_the_gateway(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "print 'from client', payload['who']"}, synchronous=True)
    runs = runs_of(gw)
    client = gw.open_client("X", user="bob")
    gw.session_host(client).run_source("system.util.sendMessage('X', 'h', {'who': 'bob'}, 'G')", "<client>")
    assert runs[0].output == ["from client bob"]


def test_plain_python_can_import_system(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "print 'plain', payload"}, synchronous=True)
    runs = runs_of(gw)
    token = activate(gw.gateway_context())
    try:
        result = system.util.sendMessage("X", "h", {"a": 1}, scope="G")
    finally:
        deactivate(token)
    assert result[0].startswith("type=Gateway,project=X,messageHandler=h,")
    assert runs[0].output == ["plain {'a': 1}"]


@pytest.mark.parametrize("call, error", [
    (lambda: system.util.sendMessage("X"), TypeError),
    (lambda: system.util.sendMessage("X", "h", {}, "G", None, None, None, None, None, "extra"), TypeError),
    (lambda: system.util.sendMessage("X", "h", nonsense=1), TypeError),
    (lambda: system.util.sendMessage("X", "h", [1, 2]), TypeError),
    (lambda: system.util.sendMessage("X", "h", scope="Z"), ValueError),
    (lambda: system.util.sendMessage(1, "h"), TypeError),
])
def test_bad_arguments_raise_as_jython_would(make_gateway, call, error):
    gw = make_gateway({"X/gateway/message/h.py": "pass"}, synchronous=True)
    token = activate(gw.gateway_context())
    try:
        with pytest.raises(error):
            call()
    finally:
        deactivate(token)


def test_all_nine_parameters_by_keyword(make_gateway):
    gw = make_gateway({"X/client/message/h.py": "print 'ok'"}, synchronous=True)
    c = gw.open_client("X", user="u", roles=["r"], host_name="hn")
    token = activate(gw.gateway_context())
    try:
        result = system.util.sendMessage(project="X", messageHandler="h", payload={}, scope="C",
                                         clientSessionId=c.id, user="u", hasRole="r", hostName="hn",
                                         remoteServers=None)
    finally:
        deactivate(token)
    assert result == [f"type=Client,sessionId={c.id},clientAddress=,clientHostName=hn,project=X,messageHandler=h,"
                      f"filterParams={{hostName=hn, clientSessionId={c.id}, scope=C, user=u, hasRole=r}},sendStatus=SENT"]


def test_many_senders_at_once_lose_nothing(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "pass"})
    runs = runs_of(gw)
    lock = threading.Lock()
    def sender():
        for i in range(200):
            gw.send_message("X", "h", {"i": i}, scope="G")
    threads = [threading.Thread(target=sender) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert gw.wait_idle(10)
    with lock:
        assert len(runs) == 800 and all(r.status == "ok" for r in runs)


# -- runaway handlers ------------------------------------------------------------------------

RUNAWAY = {
    "X/gateway/message/spin.py": "while True:\n    pass\n",
    "X/gateway/message/stubborn.py": "while True:\n    try:\n        while True:\n            pass\n    except:\n        pass\n",
    "X/gateway/message/sleepy.py": "import time\ntime.sleep(3600)\n",
    # a for loop over an endless iterator that swallows every interrupt in its body
    "X/gateway/message/forever.py": "import itertools\nfor i in itertools.count():\n    try:\n        "
                                    "x = [n for n in range(100)]\n    except BaseException:\n        pass\n",
    "X/gateway/message/forever.json": {"timeLimit": 0.2},
    "X/gateway/message/recurse.py": "def f(n):\n    return f(n + 1)\nf(0)\n",
    "X/gateway/message/fine.py": "print 'still fine'",
    "X/gateway/message/deadlock.py": "import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n",
    "X/gateway/message/deadlock.json": {"timeLimit": 0.2},
    "X/gateway/message/spin.json": {"timeLimit": 0.2},
    "X/gateway/message/stubborn.json": {"timeLimit": 0.2},
    "X/gateway/message/sleepy.json": {"timeLimit": 0.2, "threading": "dedicated"},
}


@pytest.mark.parametrize("handler, error", [
    ("spin", "ScriptTimeout: message handler X/spin ran past its time budget of 0.2 s and was stopped"),
    ("stubborn", "ScriptTimeout: "),
    ("forever", "ScriptTimeout: "),
    ("sleepy", "ScriptTimeout: "),
    ("deadlock", "ScriptTimeout: "),
    ("recurse", "RecursionError: maximum recursion depth exceeded"),
])
def test_runaway_handlers_are_stopped_and_others_go_on(make_gateway, report_figure, handler, error):
    gw = make_gateway(RUNAWAY)
    runs = runs_of(gw)
    gw.send_message("X", handler, scope="G")
    gw.send_message("X", "fine", scope="G")
    assert gw.wait_idle(10)
    by_name = {r.handler: r for r in runs}
    assert by_name[handler].status == "error" and error in by_name[handler].error
    assert by_name["fine"].output == ["still fine"]
    report_figure(f"runaway handler '{handler}' stopped: {by_name[handler].error.splitlines()[-1]}")


def test_a_bad_time_limit_disables_only_its_handler(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "pass", "X/gateway/message/h.json": {"timeLimit": "soon"},
                       "X/gateway/message/ok.py": "print 'fine'"}, synchronous=True)
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("X", "h", scope="G")
    gw.send_message("X", "ok", scope="G")
    assert [run.status for run in runs] == ["missing", "ok"]
    assert runs[0].error.startswith('The message handler "h" is disabled: ')
    assert runs[0].error.endswith('h.json: "timeLimit" must be a number of seconds (0: none)')


def test_a_blocked_dedicated_handler_is_reported_and_shutdown_is_clean(make_gateway):
    gw = make_gateway({"X/gateway/message/block.py": "import time\ntime.sleep(3600)",
                       "X/gateway/message/block.json": {"threading": "dedicated", "timeLimit": 0}})
    gw.send_message("X", "block", scope="G")
    time.sleep(0.1)
    started = time.perf_counter()
    blocked = gw.close(wait=0.2)
    assert time.perf_counter() - started < 2
    assert len(blocked) == 1 and blocked[0].startswith("shim-dedicated-")
    assert "1 handler thread(s) still running at shutdown" in str(gw.log.records[-1])


@pytest.mark.parametrize("source, error", [
    ("x = 'x' * 10**10", "MemoryError: repeating a sequence of 1 item(s) 10,000,000,000 times"),
    ("x = [0, 1] * 10**9", "MemoryError: repeating a sequence of 2 item(s) 1,000,000,000 times"),
    ("x = range(10**10)", "MemoryError: range() would build a list of 10,000,000,000 items"),
])
def test_huge_allocations_fail_at_once_with_a_clear_error(make_gateway, source, error):
    gw = make_gateway({"X/gateway/message/big.py": source, "X/gateway/message/fine.py": "print 'fine'"},
                      synchronous=True)
    runs = runs_of(gw)
    started = time.perf_counter()
    gw.send_message("X", "big", scope="G")
    gw.send_message("X", "fine", scope="G")
    assert time.perf_counter() - started < 1
    assert error in runs[0].error and runs[1].output == ["fine"]


def test_the_command_line_caps_process_memory(make_projects):
    import subprocess
    import sys

    root = make_projects({"X/gateway/message/h.py": "s = 'x'\nn = 10**10\nt = s * n\n"})
    done = subprocess.run([sys.executable, "-m", "runtime", "send", "X", "h", "--scope", "G", "--projects", str(root)],
                          capture_output=True, text=True, timeout=60, env={**__import__("os").environ, "SHIM_MEMORY_LIMIT": "2G"})
    assert done.returncode == 1 and "MemoryError" in done.stderr and 'h.py", line 3' in done.stderr


@pytest.mark.parametrize("source", ["x = 3 ** (10**9)", "x = 3\nx **= 10**9", "x = pow(7, 10**9)",
                                    "import operator\nx = operator.pow(5, 10**9)"])
def test_huge_integer_powers_fail_at_once(source, run):
    started = time.perf_counter()
    assert "MemoryError: " in run(source) and "over shim's limit" in run(source)
    assert time.perf_counter() - started < 1


def test_a_library_modules_dict_cannot_reach_the_shared_builtins(make_gateway):
    """Sandbox round 2: a library module's ``__dict__`` once handed out the builtins table
    every script shares (one project replaced ``_write_`` and hooked ``len`` for everyone).
    Scripts now get a read-only view without the dunders."""
    gw = make_gateway({
        "X/library/util.py": "def helper():\n    return 'helped'\n",
        "X/gateway/message/attack.py":
            "d = project.util.__dict__\n"
            "print sorted(d.keys()), d['helper']()\n"
            "try:\n    d['__builtins__']['len'] = None\nexcept Exception, e:\n    print 'refused', type(e).__name__\n"
            "try:\n    d['helper'] = None\nexcept Exception, e:\n    print 'refused', type(e).__name__\n",
        "X/gateway/message/after.py": "print len('abc'), project.util.helper()\n",
    }, synchronous=True)
    runs = runs_of(gw)
    gw.send_message("X", "attack", scope="G")
    gw.send_message("X", "after", scope="G")
    assert runs[0].output == ["['helper', 'project', 'shared', 'system'] helped", "refused KeyError", "refused TypeError"]
    assert runs[1].output == ["3 helped"]


C_LEVEL_HANGS = {
    "xrange_sum": "print sum(xrange(10 ** 11))\n",
    "repeat_in": "import itertools\nprint 1 in itertools.repeat(0)\n",
    "count_deque": "import itertools, collections\ncollections.deque(itertools.count(), 0)\n",
    "cycle_max": "import itertools\nprint max(itertools.cycle([1, 2]))\n",
    "java_thread_sleep": "from java.lang import Thread\nThread.sleep(10 ** 9)\n",
}


@pytest.mark.parametrize("attack", sorted(C_LEVEL_HANGS))
def test_c_level_hangs_end_within_the_budget_and_other_projects_are_served(make_gateway, attack):
    """Sandbox round 2: C code consuming an endless C iterator held the interpreter where the
    watchdog could not stop it. Endless iterators are generators for scripts now: the handler
    is stopped at its budget, and a second project is served meanwhile."""
    gw = make_gateway({
        f"X/gateway/message/{attack}.py": C_LEVEL_HANGS[attack],
        f"X/gateway/message/{attack}.json": {"timeLimit": 0.5},
        "Y/gateway/message/ping.py": "print 'pong'\n",
    })
    runs = runs_of(gw)
    gw.send_message("X", attack, scope="G")
    gw.send_message("Y", "ping", scope="G")
    assert gw.wait_idle(10)
    by_name = {r.handler: r for r in runs}
    assert by_name["ping"].output == ["pong"]
    assert by_name[attack].status == "error" and "ScriptTimeout" in by_name[attack].error


@pytest.mark.parametrize("source, refused", [
    ("import math\nmath.factorial(10 ** 8)\n", "factorial"),
    ("x = 1 << 10 ** 10\n", "<< 10000000000"),
    ("from fractions import Fraction\nFraction(10) ** 10 ** 8\n", "Fraction ** 100000000"),
    ("pow(7, 10 ** 7, 10 ** 1000000 + 7)\n", "3,321,929-bit modulus"),
    ("m = 2 ** 200000 + 1\nprint pow(3, m - 2, m)\n", "200,001-bit modulus"),
])
def test_single_c_computations_too_big_to_interrupt_are_refused_at_once(source, refused):
    from runtime.tools.testing import run_legacy_script

    out = run_legacy_script(source)
    assert out.startswith("MemoryError") and refused in out


def test_a_modular_pow_of_rsa_size_still_runs():
    from runtime.tools.testing import run_legacy_script

    assert run_legacy_script("m = 2 ** 4096 - 1\nprint pow(3, m - 2, m) > 0\n").strip() == "True"


def test_a_request_wait_ends_at_the_waiting_scripts_budget(make_gateway):
    """Sandbox round 2: ``sendRequest(..., timeoutSec=10**6)`` blocked its worker past the
    handler's budget (a C-level wait the watchdog cannot interrupt), holding the project's queue:
    the wait now ends at the waiting script's budget, and the project's next message is served
    while the requested handler still runs."""
    gw = make_gateway({
        "X/gateway/message/ask.py": "print system.util.sendRequest('Z', 'slow', timeoutSec=10 ** 6)\n",
        "X/gateway/message/ask.json": {"timeLimit": 0.5},
        "X/gateway/message/next.py": "print 'next'\n",
        "Z/gateway/message/slow.py": "import time\ntime.sleep(3)\nreturn 1\n",
        "Z/gateway/message/slow.json": {"timeLimit": 5},
    })
    runs = runs_of(gw)
    gw.send_message("X", "ask", scope="G")
    gw.send_message("X", "next", scope="G")
    deadline = time.monotonic() + 2  # before the requested handler's 3 s sleep ends
    while time.monotonic() < deadline and not any(r.handler == "next" for r in runs):
        time.sleep(0.05)
    by_name = {r.handler: r for r in runs}
    assert by_name["next"].output == ["next"]
    assert by_name["ask"].status == "error" and "ScriptTimeout" in by_name["ask"].error


def test_catastrophic_regex_backtracking_stops_at_the_budget(make_gateway):
    """Sandbox round 2: ``re.match('(a+)+$', 'a' * 40 + 'b')`` ran in C code the watchdog
    cannot interrupt and held the whole gateway; scripts' ``re`` is the ``regex`` package now,
    which matches that one at once and stops a pattern that still backtracks (``(a|aa)+$``)
    at the script's budget."""
    gw = make_gateway({
        "X/gateway/message/backtrack.py": "import re\nprint re.match('(a+)+$', 'a' * 40 + 'b')\n"
                                          "print re.match('(a|aa)+$', 'a' * 60 + 'b')\n",
        "X/gateway/message/backtrack.json": {"timeLimit": 0.5},
        "Y/gateway/message/ping.py": "print 'pong'\n",
    })
    runs = runs_of(gw)
    gw.send_message("X", "backtrack", scope="G")
    gw.send_message("Y", "ping", scope="G")
    assert gw.wait_idle(10)
    by_name = {r.handler: r for r in runs}
    assert by_name["ping"].output == ["pong"]
    assert by_name["backtrack"].output == ["None"]
    assert by_name["backtrack"].status == "error" and "Timeout" in by_name["backtrack"].error
