"""Helpers for the system.* tests: run one handler through a gateway and get its run back."""
from __future__ import annotations

from runtime.execution.log import HandlerRun

#: project.json of an 8.1 project (8.x functions exist only there).
IGN81 = {"ignition": "8.1"}


def handler_files(source: str, name: str = "h", context: str = "gateway", project: str = "X",
                  semantics: str = "7.9") -> dict[str, object]:
    """The files of a project with one handler."""
    return {f"{project}/project.json": {"ignition": semantics},
            f"{project}/{context}/message/{name}.py": source}


def send(gateway, handler: str = "h", payload: dict | None = None, scope: str = "G",
         project: str = "X") -> list[HandlerRun]:
    """Send one message and return the runs it caused, once all have finished."""
    runs: list[HandlerRun] = []
    unsubscribe = gateway.log.on_run(runs.append)
    try:
        gateway.send_message(project, handler, payload or {}, scope=scope)
        gateway.wait_idle()
    finally:
        unsubscribe()
    return runs


def run_one(gateway, handler: str = "h", payload: dict | None = None, scope: str = "G",
            project: str = "X") -> HandlerRun:
    """Run a handler that must succeed; returns its run (output in ``run.output``)."""
    runs = send(gateway, handler, payload, scope, project)
    assert len(runs) == 1, runs
    assert runs[0].status == "ok", runs[0].error
    return runs[0]


def fail_one(gateway, handler: str = "h", payload: dict | None = None, scope: str = "G",
             project: str = "X") -> HandlerRun:
    """Run a handler that must fail; returns its run (the error in ``run.error``)."""
    runs = send(gateway, handler, payload, scope, project)
    assert len(runs) == 1, runs
    assert runs[0].status == "error", runs[0].output
    return runs[0]


def leak_probe(*attempts: str) -> str:
    """Jython source that tries each expression and prints "LEAK" when one gets through, else
    the refusal's type: a host object's internals must stay out of reach."""
    calls = ", ".join(f"lambda: {attempt}" for attempt in attempts)
    return f"""
for attempt in [{calls}]:
    try:
        attempt()
        print "LEAK"
    except Exception, e:
        print type(e).__name__
"""
