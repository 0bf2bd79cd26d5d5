"""Issue #16: one stuck shared handler must not block its project's queue for good.

In-process, a handler that overruns its time budget while blocked where the timeout cannot reach
it (a C call, a wait that ignores the budget) used to hold its project's one FIFO queue forever:
every later message of that project waited behind it. Now the run is written off shortly after
its budget (``STUCK_GRACE``): it is logged as a failed handler, the next message runs on a fresh
executor thread, and whatever the stuck thread does when it finally returns is not reported
again. (With ``"isolation": "process"`` the worker process is killed instead:
tests/test_isolation.py.)

The blocking call stands for any such C-level wait: a host ``threading.Event().wait`` the test
hands the script through ``system.util.getGlobals()`` (scripts cannot reach raw host waits
themselves; that is the point of the sandbox). No timing is asserted beyond the issue's bound:
the second message is delivered within budget + 1 s, with an allowance for a loaded machine.
"""
from __future__ import annotations

import threading
import time

BUDGET = 0.5
LOAD_ALLOWANCE = 4.0

HANG = 'print "waiting"\nsystem.util.getGlobals()["block"]()\nprint "unreachable"\n'


def _gateway(make_gateway, threading_mode="shared"):
    gw = make_gateway({
        "Plant/gateway/message/hang.py": HANG,
        "Plant/gateway/message/hang.json": {"timeLimit": BUDGET, "threading": threading_mode},
        "Plant/gateway/message/next.py": "print 'next', payload['n']\nreturn payload['n']\n",
    })
    return gw, _blocker(gw)


class _Blocker:
    """``block()`` waits in C until ``set()``; ``threads`` are the threads it blocked."""

    def __init__(self) -> None:
        self._release = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self) -> None:
        self.threads.append(threading.current_thread())
        self._release.wait()

    def set(self) -> None:
        self._release.set()


def _blocker(gw) -> _Blocker:
    blocker = _Blocker()
    gw.globals["block"] = blocker.__call__
    return blocker


def test_a_stuck_handler_is_abandoned_and_the_queue_moves_on(make_gateway):
    gw, release = _gateway(make_gateway)
    runs = []
    gw.log.on_run(runs.append)
    try:
        started = time.monotonic()
        gw.send_message("Plant", "hang", scope="G")
        gw.send_message("Plant", "next", {"n": 1}, scope="G")
        assert gw.wait_idle(BUDGET + 1 + LOAD_ALLOWANCE), "the queue stayed blocked behind the stuck handler"
        took = time.monotonic() - started
        by_name = {run.handler: run for run in runs}
        assert by_name["next"].output == ["next 1"]
        hang = by_name["hang"]
        assert hang.status == "error" and hang.output == ["waiting"]
        assert f"ran past its time budget of {BUDGET:g} s and did not stop" in hang.error
        errors = [r for r in gw.log.records if r.level == "ERROR"]
        assert [r.tag for r in errors] == ["gateway Plant/hang"]
        assert errors[0].message.startswith("Error executing message handler Plant/hang\nScriptTimeout: ")
        print(f"stuck handler abandoned; the next message ran {took:.2f} s after the first was sent "
              f"(budget {BUDGET} s)")

        # the queue keeps working on its fresh thread, requests included, in order
        answers = [gw.send_request("Plant", "next", {"n": n}).get() for n in (2, 3)]
        assert answers == [2, 3]
    finally:
        release.set()
    # the stuck thread returns at last: its run is not reported a second time, and no
    # "unreachable" line is printed (its late ScriptTimeout stops it at once)
    [stuck] = release.threads
    stuck.join(5)
    assert not stuck.is_alive()  # the written-off worker thread ends; a fresh one took its place
    assert [r.handler for r in runs].count("hang") == 1
    assert not any("unreachable" in r.message for r in gw.log.records)
    assert len([r for r in gw.log.records if r.level == "ERROR"]) == 1


def test_a_request_to_a_stuck_handler_fails_and_the_next_one_is_answered(make_gateway):
    gw, release = _gateway(make_gateway)
    try:
        stuck = gw.send_request("Plant", "hang", timeout=30)
        answered = gw.send_request("Plant", "next", {"n": 7}, timeout=30)
        assert answered.get() == 7
        assert stuck.block() is False or stuck.getError() is not None
        assert "did not stop" in str(stuck.getError())
    finally:
        release.set()


def test_a_stuck_dedicated_handler_is_written_off_too(make_gateway):
    """Nothing queues behind a dedicated handler, but the gateway waited for it for good
    (``wait_idle``, ``shim send``): it is now reported failed and counted as finished."""
    gw, release = _gateway(make_gateway, "dedicated")
    runs = []
    gw.log.on_run(runs.append)
    try:
        gw.send_message("Plant", "hang", scope="G")
        assert gw.wait_idle(BUDGET + 1 + LOAD_ALLOWANCE)
        [hang] = runs
        assert hang.status == "error" and "did not stop" in hang.error
        assert gw.send_request("Plant", "next", {"n": 5}, timeout=30).get() == 5
    finally:
        release.set()


def test_other_projects_are_never_held_up_and_the_pool_keeps_its_size(make_gateway):
    gw = make_gateway({
        "Plant/gateway/message/hang.py": HANG,
        "Plant/gateway/message/hang.json": {"timeLimit": BUDGET},
        "Mill/gateway/message/ping.py": "return 'pong'\n",
    }, workers=2)
    release = _blocker(gw)
    try:
        for _ in range(2):  # as many stuck handlers as the pool has workers, one after the other
            gw.send_message("Plant", "hang", scope="G")
        assert gw.wait_idle(2 * (BUDGET + 1) + LOAD_ALLOWANCE)
        assert gw.send_request("Mill", "ping", timeout=10).get() == "pong"
        assert len([r for r in gw.log.records if r.level == "ERROR"]) == 2
    finally:
        release.set()
