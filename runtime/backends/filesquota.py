"""gateway.json ``"limits": {"filesQuota"}``: the bytes the gateway's files folder may hold.

Ignition's scripts write wherever the gateway's OS account may, until the disk is full; shim's
scripts write inside one files folder (``runtime.backends.files``), which without a cap one
handler filled at a gigabyte every seven seconds. Every writer scripts have asks here first for
the bytes its write adds (``claim``): ``system.file.writeFile``, ``open``/``file`` objects,
``java.io.FileWriter``/``FileOutputStream``/``PrintWriter``, ``ImageIO.write``,
``system.print.printToImage``, ``system.tag.exportTags``, ElementTree's ``write``. A write that
would take the folder past the quota fails before it touches the file, with an IOError (errno
ENOSPC, as a full disk gives) naming the quota, so a refused write never leaves a file half
written or truncated: the old content stays.

The folder's usage is the size of the regular files under it, read from the disk (so other
processes' and other workers' files count) at most once a second, and again before a write is
refused; in between each claim adds its bytes, so one process cannot race past the quota. Worker
processes (``"isolation": "process"``) keep their own count of the same folder: writes of several
processes within one second may pass it by what they wrote in that second.

SQLite databases scripts write through (``system.db``) grow inside SQLite, where no writer of
ours can ask first: those in the files folder, and the private ``sqlite://`` ones the gateway keeps
in a folder of its own (``count_also``; a script's ``addDatasource('...', 'jdbc:sqlite:')`` would
otherwise fill the host's temporary folder), are capped by SQLite itself instead
(``runtime.backends.db``: ``max_page_count`` set to the room left before each statement, its growth
counted after it with ``note``).
"""
from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path
from typing import Any

from runtime.backends.files import load_root
from runtime.backends.limits import load_limits
from runtime.emulated.stdlib import _host

#: Seconds a reading of the folder's usage is trusted (claims keep it current meanwhile), and
#: the least age of one read again before a write is refused (a refused flood rescans rarely).
RESCAN = 1.0
RESCAN_REFUSED = 0.1


class QuotaExceeded(OSError):
    """A write that would take the files folder past gateway.json's ``filesQuota``."""


class FilesQuota:
    """The files folder's usage against its quota (None: no quota)."""

    def __init__(self, root: Path, limit: int | None) -> None:
        self.root = root
        self.limit = limit
        self._used = 0
        self._read_at: float | None = None
        self._lock = threading.Lock()
        #: folders outside ``root`` whose files count too (the gateway's private databases)
        self._also: list[Path] = []

    def count_also(self, folder: Path) -> None:
        """Count the files under ``folder`` too (read with the files folder's)."""
        with self._lock:
            if folder not in self._also:
                self._also.append(folder)
                self._read_at = None

    def covers(self, path: Path) -> bool:
        """Whether ``path`` lies in a folder this quota counts."""
        return self.limit is not None and any(path == d or d in path.parents for d in (self.root, *self._also))

    def room(self) -> int:
        """Bytes that may still be added (0 when the folder is at or past its quota)."""
        if self.limit is None:
            raise ValueError("room() of a folder without a quota")
        with self._lock:
            now = time.monotonic()
            if self._read_at is None or now - self._read_at > RESCAN:
                self._rescan(now)
            return max(0, self.limit - self._used)

    def note(self, growth: int) -> None:
        """Count ``growth`` bytes a writer that could not ask first (SQLite) has added."""
        with self._lock:
            self._used = max(0, self._used + growth)

    def describe(self) -> str:
        """The quota and its use, as the refusals word them."""
        return f"its quota of {self.limit:,} bytes (gateway.json limits.filesQuota; {self._used:,} in use)"

    def claim(self, function: str, name: Any, growth: int) -> None:
        """Count ``growth`` more bytes in the folder (negative: a file shrinks), or raise
        ``QuotaExceeded`` naming ``function``, the file ``name`` and the quota, counting nothing."""
        if self.limit is None:
            return
        with self._lock:
            now = time.monotonic()
            if self._read_at is None or now - self._read_at > RESCAN:
                self._rescan(now)
            if growth > 0 and self._used + growth > self.limit and now - self._read_at > RESCAN_REFUSED:
                self._rescan(now)  # files deleted meanwhile may have made room
            if growth > 0 and self._used + growth > self.limit:
                raise QuotaExceeded(errno.ENOSPC, f"{function}(): writing {growth:,} more bytes to '{name}' would "
                                    f"take the files folder past {self.describe()}")
            self._used = max(0, self._used + growth)

    def _rescan(self, now: float) -> None:
        self._used = sum(_usage(folder) for folder in (self.root, *self._also))
        self._read_at = now


def _usage(root: Path) -> int:
    """Bytes in the regular files under ``root`` (symbolic links not followed)."""
    total = 0
    stack = [str(root)]
    while stack:
        try:
            entries = os.scandir(stack.pop())
        except OSError:
            continue
        with entries:
            for entry in entries:
                try:
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    elif entry.is_file(follow_symlinks=False):
                        total += entry.stat(follow_symlinks=False).st_size
                except OSError:
                    continue
    return total


def files_quota(gateway: Any) -> FilesQuota:
    """The gateway's quota keeper (made on first use)."""
    return gateway.service("files-quota", lambda g: FilesQuota(load_root(g), load_limits(g).files_quota))


def claim(gateway: Any, function: str, name: Any, growth: int) -> None:
    """``FilesQuota.claim`` for ``gateway``'s files folder."""
    files_quota(gateway).claim(function, name, growth)


def write_file(gateway: Any, function: str, path: Path, name: Any, data: bytes, append: bool = False) -> None:
    """Write ``data`` to ``path`` (replace or append) within the quota: refused before the file
    is opened, so a refused write leaves it as it was."""
    claim(gateway, function, name, _host.growth(path, len(data), append))
    with open(path, "ab" if append else "wb") as handle:
        handle.write(data)


# the emulated stdlib and java.io writers ask through the same hook
_host.install(claim=claim)
