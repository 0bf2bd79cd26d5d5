"""``shim serve`` / ``shim client`` child processes, for tests, benchmarks and demos.

A gateway or client process prints one line on stdout when it is ready and logs on stderr;
``ShimProcess`` starts one (``python -m runtime ...``), waits for that line, keeps every
stderr line (handler output, network events) for assertions, and stops it by signal.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from typing import IO, Callable


class ShimProcess:
    """One running ``shim`` command."""

    def __init__(self, *args: str, env: dict[str, str] | None = None) -> None:
        self.args = list(args)
        self.stdout: list[str] = []
        self.stderr: list[str] = []
        self._changed = threading.Condition()
        self._open_streams = 2
        self.process = subprocess.Popen([sys.executable, "-m", "runtime", *self.args],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, **(env or {})})
        for stream, lines in ((self.process.stdout, self.stdout), (self.process.stderr, self.stderr)):
            threading.Thread(target=self._collect, args=(stream, lines), daemon=True).start()

    @property
    def pid(self) -> int:
        return self.process.pid

    def _collect(self, stream: IO[str], lines: list[str]) -> None:
        for line in stream:
            with self._changed:
                lines.append(line.rstrip("\n"))
                self._changed.notify_all()
        with self._changed:
            self._open_streams -= 1
            self._changed.notify_all()

    def wait_ready(self, timeout: float = 20.0) -> str:
        """The ready line (the first line on stdout); RuntimeError with stderr if it never comes."""
        if not self.wait_for(lambda: bool(self.stdout), timeout):
            self.kill()
            raise RuntimeError(f"shim {' '.join(self.args)} not ready after {timeout:g} s:\n"
                               + "\n".join(self.stderr[-20:]))
        return self.stdout[0]

    def wait_for(self, condition: Callable[[], bool], timeout: float) -> bool:
        """Wait until ``condition()`` holds (checked whenever a line arrives), the process has
        ended and said all it will, or ``timeout`` passed; the condition's last value."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self._open_streams == 0:
                    return condition()
                self._changed.wait(min(remaining, 0.1))
        return True

    def wait_for_stderr(self, text: str, timeout: float = 10.0) -> bool:
        return self.wait_for(lambda: any(text in line for line in self.stderr), timeout)

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15.0) -> int:
        """Signal the process and wait for it to exit and for the last of what it printed
        (``stderr[-1]`` is its last line: the readers are threads that may lag behind the exit);
        its exit status."""
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            status = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            raise
        self._wait_streams(timeout)
        return status

    def kill(self) -> None:
        """SIGKILL: the process vanishes without a word (a crash, a pulled cable)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._wait_streams(5.0)

    def _wait_streams(self, timeout: float) -> None:
        """Until both pipes are read to their end (the process has exited)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while self._open_streams > 0 and time.monotonic() < deadline:
                self._changed.wait(0.1)
