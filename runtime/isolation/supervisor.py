"""Worker processes: start one with a clean interpreter, watch it, kill it, say why it died.

A worker is ``python -m runtime.worker`` started with ``subprocess`` (never a fork of the
threaded gateway): it inherits no file descriptor but its three pipes (stdin and stdout carry
``Channel`` frames, stderr is kept as a short tail for the log), and an environment of only the
variables Python and shim need. It gets a new session, so a terminal's Ctrl-C reaches the
gateway, which then stops its workers, and not the workers themselves. The first frame is the
worker's settings; the worker applies its rlimits before it loads any script and answers
``{"ready": pid}``.
"""
from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections import deque
from typing import Callable

from runtime.isolation.channel import Channel, ProtocolError

#: What starts a worker (tests point it at a hostile stand-in to attack the gateway's side).
COMMAND = [sys.executable, "-m", "runtime.worker"]

#: The only environment a worker gets from the gateway.
ENVIRONMENT = ("PATH", "PYTHONPATH", "SHIM_CACHE_DIR", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR",
               "SHIM_KEY_FILE", "XDG_CACHE_HOME", "XDG_CONFIG_HOME")

#: Seconds a new worker may take to load before it counts as failed.
START_TIMEOUT = 60.0


class WorkerFailed(Exception):
    """A worker could not be started or stopped answering; the message says what happened."""


class Worker:
    """One worker process, seen from the gateway."""

    def __init__(self, settings: dict, on_log: Callable[[dict], None]) -> None:
        env = {key: os.environ[key] for key in ENVIRONMENT if key in os.environ}
        self.proc = subprocess.Popen(COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, close_fds=True, env=env,
                                     start_new_session=True)
        self.pid = self.proc.pid
        # the Channel owns the pipes' descriptors from here on
        self.channel = Channel(os.dup(self.proc.stdout.fileno()), os.dup(self.proc.stdin.fileno()))
        self.proc.stdout.close()
        self.proc.stdin.close()
        self.inbox: queue.SimpleQueue[dict] = queue.SimpleQueue()
        self.busy = False  # a run is in progress (calls it makes go to that run's thread)
        self.killed_for: str | None = None  # why the gateway killed it
        self.stderr_tail: deque[str] = deque(maxlen=20)
        self._on_log = on_log
        self._calls_outside: Callable[[dict], None] | None = None
        threading.Thread(target=self._read_stderr, name=f"shim-worker-{self.pid}-stderr", daemon=True).start()
        try:
            self.channel.send({"init": settings})
        except (OSError, ValueError):
            pass  # it died at once: the reader below reports how
        threading.Thread(target=self._read, name=f"shim-worker-{self.pid}", daemon=True).start()
        try:
            ready = self.inbox.get(timeout=START_TIMEOUT)
        except queue.Empty:
            self.kill(f"no answer within {START_TIMEOUT:g} s")
            ready = {}
        if "ready" not in ready:
            why = self.death(ready) if "exit" in ready else self.killed_for
            self.kill("did not start")
            raise WorkerFailed(f"the worker process did not start: {why}")

    def serve_outside(self, handler: Callable[[dict], None]) -> None:
        """Where calls arriving while no run is in progress go (work a script left behind)."""
        self._calls_outside = handler

    def send(self, message: dict) -> bool:
        """Send a frame; False when the worker is gone."""
        try:
            self.channel.send(message)
            return True
        except (OSError, ValueError):
            return False

    @property
    def alive(self) -> bool:
        return self.proc.poll() is None and self.killed_for is None

    def kill(self, why: str) -> None:
        """Kill the process now (SIGKILL: nothing a script does in C code can delay it)."""
        if self.killed_for is None:
            self.killed_for = why
        try:
            os.killpg(self.pid, signal.SIGKILL)
        except OSError:
            pass
        self.proc.wait()

    def stop(self) -> None:
        """Ask an idle worker to exit; kill it if it does not at once."""
        if self.send({"exit": True}):
            try:
                self.proc.wait(timeout=2.0)
            except subprocess.TimeoutExpired:
                pass
        self.kill("stopped")
        self.channel.close()

    def death(self, message: dict | None = None) -> str:
        """What happened to a worker that is gone, in the words the log uses."""
        if self.killed_for is not None and self.killed_for != "stopped":
            return self.killed_for
        code = self.proc.wait()
        tail = " ".join(line for line in self.stderr_tail if line.strip())[-300:]
        if message is not None and message.get("why"):
            return str(message["why"])
        if code < 0:
            name = signal.Signals(-code).name
            if -code == signal.SIGXCPU:
                return "CPU limit exceeded (SIGXCPU)"
            if -code == signal.SIGKILL:
                return "killed (SIGKILL, perhaps by the system for lack of memory)"
            return f"crashed ({name})"
        if "MemoryError" in tail:
            return "memory limit"
        return f"exited with status {code}" + (f": {tail}" if tail else "")

    def _read(self) -> None:
        why = None
        try:
            while True:
                message = self.channel.receive()
                if message is None:
                    break
                if "log" in message:
                    self._on_log(message)
                elif "call" in message and not self.busy and self._calls_outside is not None:
                    self._calls_outside(message)
                else:
                    self.inbox.put(message)
        except ProtocolError as exc:
            why = f"protocol violation: {exc}"
            self.kill(f"killed for a protocol violation ({exc})")
        except Exception as exc:  # a hostile frame must never take the gateway's reader down
            why = f"protocol violation: {type(exc).__name__}: {exc}"
            self.kill(f"killed for a protocol violation ({exc})")
        self.proc.wait()
        self.inbox.put({"exit": self.proc.returncode, "why": why})

    def _read_stderr(self) -> None:
        stream = self.proc.stderr
        for raw in iter(stream.readline, b""):
            self.stderr_tail.append(raw[:500].decode("utf-8", "replace").rstrip())
        stream.close()
