"""The gateway's ``[System]`` tag provider, read-only: the Gateway tags real scripts read.

Ignition's System provider "provide[s] status about the Ignition system" and its tags "cannot be
deleted or modified" (manual 8.1, Tags > Types of Tags > System Tags:
docs/8.1/platform/tags/types-of-tags/system-tags). Real libraries pick a database or a site by
``system.tag.readBlocking(["[System]Gateway/SystemName"])[0].value`` (often at module level) and
drive timers from ``[System]Gateway/CurrentDateTime``. shim answers those two (the gateway's name,
and now); any other System tag reads ``Bad_NotFound``, and a gateway whose ``tags.json`` defines
its own ``System`` provider keeps it.
"""
from __future__ import annotations

from typing import Any, Callable

from runtime.emulated.java.util import Date

#: The provider's name, as paths spell it (``[System]...``; provider names are case-insensitive).
PROVIDER = "system"

#: Each answered tag (lower-case path below the provider) -> its value, from the gateway's name.
_GATEWAY_TAGS: dict[tuple[str, ...], Callable[[str], Any]] = {
    ("gateway", "systemname"): lambda name: name,
    ("gateway", "currentdatetime"): lambda name: Date(),
}


def system_tag(gateway_name: str, parts: tuple[str, ...]) -> Callable[[], Any] | None:
    """What reads ``[System]`` + ``parts`` (a function giving the value now), or None when shim
    has no such System tag."""
    found = _GATEWAY_TAGS.get(tuple(part.lower() for part in parts))
    return None if found is None else (lambda: found(gateway_name))
