"""Ignition's ``Version`` (``com.inductiveautomation.ignition.common.model.Version``), what
``system.util.getVersion`` returns."""
from __future__ import annotations

import re
from typing import Any

#: The version each semantics reports (the last releases of 7.9 and a current 8.1).
_BY_SEMANTICS = {"7.9": (7, 9, 21, 0), "8.1": (8, 1, 33, 0)}


class Version:
    """major.minor.revision and a build number; compares like Ignition's."""

    __slots__ = ("_parts",)
    __module__ = "com.inductiveautomation.ignition.common.model"

    def __init__(self, major: int, minor: int, revision: int, build: int = 0) -> None:
        object.__setattr__(self, "_parts", (int(major), int(minor), int(revision), int(build)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Version is read-only")

    @classmethod
    def of_semantics(cls, semantics: str | None) -> "Version":
        return cls(*_BY_SEMANTICS.get(semantics or "8.1", _BY_SEMANTICS["8.1"]))

    @classmethod
    def parse(cls, text: str) -> "Version":
        """``"8.1.17"``, ``"8.1.17 (b2022051710)"`` or ``"8.1.17.2022051710"``."""
        match = re.fullmatch(r"\s*(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+)|\s*\(b(\d+)\))?\s*", text)
        if match is None:
            raise ValueError(f"not an Ignition version: {text!r} (expected e.g. \"8.1.33\")")
        major, minor, rev, build, build2 = match.groups()
        return cls(int(major), int(minor), int(rev or 0), int(build or build2 or 0))

    def getMajor(self) -> int:
        return self._parts[0]

    def getMinor(self) -> int:
        return self._parts[1]

    def getRevision(self) -> int:
        return self._parts[2]

    def getBuild(self) -> int:
        return self._parts[3]

    def isFutureVersion(self, other: "Version") -> bool:
        """True if this version is newer than ``other``."""
        return self._parts[:3] > other._parts[:3]

    def toParseableString(self) -> str:
        return "%d.%d.%d.%d" % self._parts

    def toString(self) -> str:
        return "%d.%d.%d (b%d)" % self._parts

    __str__ = toString

    def __repr__(self) -> str:
        return "Version(%s)" % self.toString()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and other._parts == self._parts

    def __hash__(self) -> int:
        return hash(self._parts)

    major = property(getMajor)
    minor = property(getMinor)
    revision = property(getRevision)
    build = property(getBuild)


def gateway_version(ctx: Any) -> Version:
    """The version scripts of ``ctx`` see: gateway.json's ``"version"``, else the project's
    semantics (``system.util.getVersion``, ``getModules``)."""
    from runtime.backends.gatewayfiles import read_object
    from runtime.backends.scopes import semantics

    configured = read_object(ctx.gateway, "gateway.json").get("version")
    return Version.parse(str(configured)) if configured else Version.of_semantics(semantics(ctx))
