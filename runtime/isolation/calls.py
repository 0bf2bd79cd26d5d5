"""The calls a worker may make into its gateway, each served on the gateway's side.

A worker runs scripts, so it is not trusted: every call is on this allow-list, every argument is
checked here again (types, the payload rules), and a call runs under the calling handler's own
script context (its project, its tag in the log, the Designer's communication mode rules) with
what is left of its time budget. Values cross as ``runtime.messaging.wire`` trees; a tag's
qualified value as ``{"value", "quality", "diagnostic", "millis"}``, a statement's outcome as
``{"columns", "rows", "rowcount", "key", "has_results"}`` (``runtime.worker`` rebuilds them).

=================  ==========================================  =================================
call               what it runs here                           answers
=================  ==========================================  =================================
``send_message``   ``Gateway.send_message``                    the result strings
``send_request``   ``Gateway.send_request``                    None now; ``{"answer": id}`` later
``tag_read``       the tag provider's ``read``                 a qualified value
``tag_write``      the tag provider's ``write``                a quality
``db_execute``     the datasources' ``execute`` (one statement) an outcome
``db_begin``       ``beginTransaction``                        the transaction id
``db_commit`` ...  ``commit``/``rollback``/``close`` of a tx    None
``sessions``       the gateway's session registry              [id, kind, project, user, roles ...]
``remote_servers`` the Gateway Network's ``servers``            gateway names
=================  ==========================================  =================================
"""
from __future__ import annotations

from typing import Any, Callable

from runtime.backends.db import databases
from runtime.backends.tagseed import tag_system
from runtime.core.context import current
from runtime.isolation.values import qualified_tree, quality_tree
from runtime.messaging import wire

#: (host, worker, call id, args) -> result
Call = Callable[[Any, Any, int, dict], Any]


def _strings(args: dict, required: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
    for name in required:
        if not isinstance(args.get(name), str) or not args[name]:
            raise TypeError(f"{name} must be a non-empty string")
    for name in optional:
        if args.get(name) is not None and not isinstance(args[name], str):
            raise TypeError(f"{name} must be a string")


def _payload(args: dict) -> dict | None:
    payload = wire.decode(args.get("payload"))
    if payload is not None and not isinstance(payload, dict):
        raise TypeError("payload must be a dictionary")
    return payload


def _optional_int(args: dict, name: str) -> int | None:
    value = args.get(name)
    if value is not None and type(value) is not int:
        raise TypeError(f"{name} must be an integer")
    return value


# -- messaging -----------------------------------------------------------------------------------

def send_message(host: Any, worker: Any, number: int, args: dict) -> list[str]:
    _strings(args, ("project", "handler"), ("scope", "client_session_id", "user", "has_role", "host_name"))
    servers = args.get("remote_servers")
    if servers is not None and not (isinstance(servers, list) and all(isinstance(s, str) for s in servers)):
        raise TypeError("remoteServers must be a list of gateway names")
    return host.gateway.send_message(args["project"], args["handler"], _payload(args), args.get("scope"),
                                     args.get("client_session_id"), args.get("user"), args.get("has_role"),
                                     args.get("host_name"), servers)


def send_request(host: Any, worker: Any, number: int, args: dict) -> None:
    """Start the request; its answer goes to the worker as ``{"answer": number, ...}`` whenever
    it comes (the gateway's own Request times it out)."""
    from runtime.isolation.channel import error_pair

    _strings(args, ("project", "handler"), ("scope", "client_session_id", "host_name", "remote_server"))
    timeout = args.get("timeout")
    if timeout is not None and (type(timeout) not in (int, float) or not 0 < timeout < float("inf")):
        raise ValueError("timeoutSec must be a positive number of seconds")
    request = host.gateway.send_request(
        args["project"], args["handler"], _payload(args), host_name=args.get("host_name"),
        remote_server=args.get("remote_server"), timeout=timeout, scope=args.get("scope"),
        client_session_id=args.get("client_session_id"), dispatch=lambda callback: callback())

    def succeeded(result: Any) -> None:
        try:
            worker.send({"answer": number, "ok": wire.encode(result, "result")})
        except TypeError as exc:
            worker.send({"answer": number, "error": ["RequestError", str(exc)]})
    request.onSuccess(succeeded)
    request.onError(lambda error: worker.send({"answer": number, "error": error_pair(error)}))


# -- tags ----------------------------------------------------------------------------------------

def tag_read(host: Any, worker: Any, number: int, args: dict) -> dict | None:
    _strings(args, ("path",))
    return qualified_tree(tag_system(host.gateway).read(args["path"]))


def tag_write(host: Any, worker: Any, number: int, args: dict) -> dict:
    _strings(args, ("path",))
    return quality_tree(tag_system(host.gateway).write(args["path"], wire.decode(args.get("value")), current().tag))


# -- databases -----------------------------------------------------------------------------------

def db_execute(host: Any, worker: Any, number: int, args: dict) -> dict:
    _strings(args, ("call", "sql"), ("database", "tx"))
    values = wire.decode(args.get("args"))
    if not isinstance(values, list):
        raise TypeError("args must be a list of values")
    outcome = databases(host.gateway).execute(args["call"], args["sql"], values, args.get("database"),
                                              args.get("tx"), bool(args.get("get_key")))
    return {"columns": list(outcome.columns), "rows": [list(row) for row in outcome.rows],
            "rowcount": outcome.rowcount, "key": outcome.key, "has_results": outcome.has_results}


def db_begin(host: Any, worker: Any, number: int, args: dict) -> str:
    _strings(args, (), ("database",))
    return databases(host.gateway).begin(args.get("database"), _optional_int(args, "isolation"),
                                         _optional_int(args, "timeout"))


def _transaction(action: str) -> Call:
    def serve(host: Any, worker: Any, number: int, args: dict) -> None:
        _strings(args, ("tx",))
        {"commit": databases(host.gateway).commit, "rollback": databases(host.gateway).rollback,
         "close": databases(host.gateway).close}[action](args["tx"])
    return serve


# -- what the gateway knows of its sessions and network -------------------------------------------

def sessions(host: Any, worker: Any, number: int, args: dict) -> list[list]:
    """The gateway's open sessions (``getSessionInfo``, Perspective's session list)."""
    return [[s.id, s.kind, s.project, s.user, sorted(s.roles), s.host_name, s.address, s.created]
            for s in host.gateway.sessions.all()]


def remote_servers(host: Any, worker: Any, number: int, args: dict) -> list[str]:
    """The Gateway Network's gateways (``system.net.getRemoteServers``); none without a network."""
    network = host.gateway.network
    return [] if network is None else list(network.servers(running_only=bool(args.get("running_only", True))))


#: The calls a worker may make, by name.
CALLS: dict[str, Call] = {
    "send_message": send_message, "send_request": send_request, "tag_read": tag_read, "tag_write": tag_write,
    "db_execute": db_execute, "db_begin": db_begin, "db_commit": _transaction("commit"),
    "db_rollback": _transaction("rollback"), "db_close": _transaction("close"),
    "sessions": sessions, "remote_servers": remote_servers,
}
