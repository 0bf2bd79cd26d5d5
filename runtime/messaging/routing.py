"""Message routing as the Ignition manual defines it: pure functions, no I/O, no threads.

``system.util.sendMessage`` (Ignition 7.9 manual): *scope* limits delivery to "C" (clients),
"G" (the Gateway) or "CG"; it "defaults to "C" if the user name, role or host name parameters
are set, and to "CG" if none of these parameters are set". The filters *clientSessionId*,
*user*, *hasRole* and *hostName* each limit client delivery; all given filters must hold.
Messages cannot be received in a Designer. 8.x adds "S" (Perspective sessions), and its default
scopes become "CS"/"CGS". The result is one string per system selected for delivery.
"""
from __future__ import annotations

import functools
from typing import Iterable, Protocol

#: Scope letters per semantics. 7.9 knows clients and the gateway; 8.1 adds Perspective.
SCOPE_LETTERS = {"7.9": "CG", "8.1": "CGS"}


class Receiver(Protocol):
    """What routing needs to know of a session (see ``runtime.messaging.sessions.Session``)."""

    id: str
    kind: str
    project: str
    user: str
    roles: frozenset[str]
    host_name: str
    address: str


def plain_text(value: str | None) -> str | None:
    """A send's project, handler or filter value as an exact ``str``: a script's ``str``
    subclass can compare equal to anything and hash as the text it holds, and a filter is a key
    of the gateway's routing cache, where it would answer for another project's sends."""
    return str.__str__(value) if isinstance(value, str) and type(value) is not str else value


class MessageFilter:
    """The delivery parameters of one send, with the effective scope (immutable)."""

    __slots__ = ("scope", "client_session_id", "user", "has_role", "host_name", "_params")

    def __init__(self, scope: str, client_session_id: str | None = None, user: str | None = None,
                 has_role: str | None = None, host_name: str | None = None) -> None:
        self.scope = plain_text(scope)
        self.client_session_id = plain_text(client_session_id)
        self.user = plain_text(user)
        self.has_role = plain_text(has_role)
        self.host_name = plain_text(host_name)
        self._params: str | None = None

    @property
    def params(self) -> str:
        """Ignition's ``filterParams={...}`` text (its map's iteration order, empty for None)."""
        if self._params is None:
            self._params = (
                "{hostName=%s, clientSessionId=%s, scope=%s, user=%s, hasRole=%s}"
                % (self.host_name or "", self.client_session_id or "", self.scope, self.user or "",
                   self.has_role or ""))
        return self._params

    @property
    def filtered(self) -> bool:
        """True when any client filter was given."""
        return bool(self.client_session_id or self.user or self.has_role or self.host_name)

    def __repr__(self) -> str:
        return f"MessageFilter(scope={self.scope!r}, params={self.params!r})"


def effective_scope(scope: str | None, *, user: str | None = None, has_role: str | None = None,
                    host_name: str | None = None, semantics: str = "7.9") -> str:
    """The scope a send really uses: the given one, validated, or Ignition's default."""
    if scope is None or scope == "":
        default = "C" if (user or has_role or host_name) else "CG"
        return default + ("S" if "S" in SCOPE_LETTERS[semantics] else "")
    if not isinstance(scope, str):
        raise TypeError(f"scope must be a string, not {type(scope).__name__}")
    return _validated_scope(scope, semantics)


@functools.lru_cache(maxsize=256)
def _validated_scope(scope: str, semantics: str) -> str:
    letters = SCOPE_LETTERS[semantics]
    normalized = scope.upper()
    bad = sorted(set(normalized) - set(letters))
    if bad or not normalized:
        allowed = ", ".join(letters) if len(letters) > 2 else "C, G or CG"
        raise ValueError(f"Invalid scope '{scope}': expected a combination of {allowed}")
    return "".join(letter for letter in letters if letter in normalized)


def matches(session: Receiver, flt: MessageFilter) -> bool:
    """True when a client session passes every filter that was given."""
    if flt.client_session_id and session.id != flt.client_session_id:
        return False
    if flt.user and session.user != flt.user:
        return False
    if flt.has_role and flt.has_role not in session.roles:
        return False
    if flt.host_name and session.host_name.lower() != flt.host_name.lower():
        return False
    return True


def select(candidates: Iterable[Receiver], project: str, flt: MessageFilter) -> list[Receiver]:
    """The sessions that receive a message: Vision clients (scope "C"), then Perspective
    sessions (scope "S"), of ``project`` passing the filters. Designers never receive."""
    if flt.filtered:
        candidates = [s for s in candidates if matches(s, flt)]
    clients = ([s for s in candidates if s.kind == "client" and s.project == project]
               if "C" in flt.scope else [])
    if "S" not in flt.scope:
        return clients
    return clients + [s for s in candidates if s.kind == "perspective" and s.project == project]


def target_suffix(project: str, handler: str, flt: MessageFilter, status: str = "SENT") -> str:
    """The part of a result string that is the same for every receiver of one send."""
    return f"project={project},messageHandler={handler},filterParams={flt.params},sendStatus={status}"


def session_prefix(session: Receiver) -> str:
    """The part of a result string that depends only on the receiving session."""
    kind = "Client" if session.kind == "client" else "Session"
    return (f"type={kind},sessionId={session.id},clientAddress={session.address},"
            f"clientHostName={session.host_name},")
