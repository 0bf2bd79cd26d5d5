"""``system.util``: messaging, threading and context functions, with Ignition's signatures
(Ignition 7.9 / 8.1 manual, ``system.util.*``)."""
from __future__ import annotations

import contextvars
import json
import re
import threading
from typing import Any

from runtime.core.budget import run_limited
from runtime.backends.scopes import CONNECTION_MODES, require_comm
from runtime.core.context import ScriptContext, current
from runtime.execution import background
from runtime.execution.background import MAX_ASYNC_THREADS, AsyncThread  # noqa: F401 (system.util's own names)
from runtime.messaging.requests import DEFAULT_TIMEOUT, Request
from runtime.emulated.ignition.logger import LoggerEx as Logger, logging_levels
from system._utilhost import (beep, execute, exit, getConnectTimeout, getGatewayStatus,  # noqa: F401
                              getInactivitySeconds, getModules, getReadTimeout, playSoundClip, retarget,
                              setConnectTimeout, setConnectionMode, setReadTimeout)

__all__ = [
    "sendMessage", "sendRequest", "sendRequestAsync", "invokeLater", "invokeAsynchronous",
    "getClientId", "getProjectName", "getGatewayAddress", "getSystemFlags", "getConnectionMode",
    "getGlobals", "globals", "getLogger", "jsonEncode", "jsonDecode", "getProperty", "threadDump",
    "getSessionInfo", "translate", "getVersion", "audit", "queryAuditLog", "setLoggingLevel",
    "getAvailableLocales", "getAvailableTerms", "modifyTranslation", "getEdition", "getLocale", "setLocale",
    "beep", "execute", "exit", "getConnectTimeout", "getGatewayStatus", "getInactivitySeconds", "getModules",
    "getReadTimeout", "playSoundClip", "retarget", "setConnectTimeout", "setConnectionMode", "setReadTimeout",
]

#: ``getSystemFlags`` bits (Ignition manual).
DESIGNER_FLAG, PREVIEW_FLAG, CLIENT_FLAG = 1, 2, 4

#: ``getConnectionMode``: 1 disconnected, 2 read-only, 3 read/write.
READ_WRITE = 3


# -- messaging ----------------------------------------------------------------------------

def sendMessage(project, messageHandler, payload=None, scope=None, clientSessionId=None,
                user=None, hasRole=None, hostName=None, remoteServers=None) -> list:
    """Send a message to the handlers of ``project`` and return one result string per system
    selected for delivery. Delivery is asynchronous; a missing handler is logged by the
    receiver, not raised here."""
    if type(project) is not str or type(messageHandler) is not str or not project or not messageHandler:
        _require_str("sendMessage", "project", project)
        _require_str("sendMessage", "messageHandler", messageHandler)
    if payload is not None and type(payload) is not dict:
        _check_payload("sendMessage", payload)
    if clientSessionId is not None or user is not None or hasRole is not None or hostName is not None \
            or (scope is not None and type(scope) is not str):
        _optional_strs("sendMessage", scope=scope, clientSessionId=clientSessionId, user=user,
                       hasRole=hasRole, hostName=hostName)
    servers = None if remoteServers is None else _server_list(remoteServers)
    ctx = current()
    require_comm(ctx, "message", "system.util.sendMessage")
    return ctx.gateway.send_message(project, messageHandler, payload, scope, clientSessionId,
                                    user, hasRole, hostName, servers)


def sendRequest(project, messageHandler, payload=None, hostName=None, remoteServer=None,
                timeoutSec=None, scope=None, clientSessionId=None) -> Any:
    """Send a request to one handler and block for its return value (7.9.3+/8.x). A handler
    error, a missing handler or a timeout (default 60 s) raises here."""
    return _request("sendRequest", project, messageHandler, payload, hostName, remoteServer,
                    timeoutSec, scope, clientSessionId).get()


def sendRequestAsync(project, messageHandler, payload=None, remoteServer=None, timeoutSec=None,
                     onSuccess=None, onError=None, scope=None, clientSessionId=None,
                     hostName=None) -> Request:
    """Like ``sendRequest`` but returns a Request handle at once (``get``, ``block``,
    ``getError``, ``cancel``, ``onSuccess``, ``onError``). Callbacks run on the caller's UI
    thread in a client, on a worker in the gateway."""
    request = _request("sendRequestAsync", project, messageHandler, payload, hostName,
                       remoteServer, timeoutSec, scope, clientSessionId)
    if onSuccess is not None:
        request.onSuccess(onSuccess)
    if onError is not None:
        request.onError(onError)
    return request


def _request(name: str, project: Any, handler: Any, payload: Any, host_name: Any,
             remote_server: Any, timeout: Any, scope: Any, client_session_id: Any) -> Request:
    _require_str(name, "project", project)
    _require_str(name, "messageHandler", handler)
    _check_payload(name, payload)
    _optional_strs(name, hostName=host_name, remoteServer=remote_server, scope=scope,
                   clientSessionId=client_session_id)
    if timeout is None:
        timeout = DEFAULT_TIMEOUT
    elif not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or not 0 < timeout < float("inf"):
        raise ValueError(f"{name}(): timeoutSec must be a positive number of seconds")
    ctx = current()
    require_comm(ctx, "message", f"system.util.{name}")
    return ctx.gateway.send_request(project, handler, payload, host_name=host_name,
                                    remote_server=remote_server, timeout=float(timeout), scope=scope,
                                    client_session_id=client_session_id, dispatch=_callback_runner(ctx))


def _callback_runner(ctx: ScriptContext):
    """Where async callbacks run, always in the caller's script context: the client's UI
    thread for a client caller, a gateway worker otherwise."""
    caller = contextvars.copy_context()
    if ctx.session is not None and ctx.kind in ("client", "designer"):
        put = ctx.gateway.session_host(ctx.session).ui_queue.put
    else:
        put = ctx.gateway.executor.run_dedicated

    limit = ctx.gateway.time_limit

    def dispatch(callback):
        context = caller.copy()
        put(lambda: context.run(run_limited, limit, "a request callback", callback))
    return dispatch


# -- threading ----------------------------------------------------------------------------

def invokeLater(function, delay=0) -> None:
    """Run ``function`` on the client's UI thread after the current event (and ``delay`` ms).
    Vision client scope only, as in Ignition."""
    ctx = _client_only("invokeLater")
    if not callable(function):
        raise TypeError("invokeLater(): function must be callable")
    queue = ctx.gateway.session_host(ctx.session).ui_queue
    context = contextvars.copy_context()
    limit = ctx.gateway.time_limit
    task = lambda: context.run(run_limited, limit, "an invokeLater function", function)  # noqa: E731
    if not isinstance(delay, (int, float)) or isinstance(delay, bool) or not 0 <= delay < float("inf"):
        raise ValueError("invokeLater(): delay must be a number of milliseconds")
    if delay:
        ctx.gateway.executor.later(float(delay) / 1000.0, lambda: queue.put(task))
    else:
        queue.put(task)


def invokeAsynchronous(function, args=None, kwargs=None, description=None) -> AsyncThread:
    """Run ``function(*args, **kwargs)`` on a new background thread, in the caller's script
    context; returns a handle naming that thread."""
    if not callable(function):
        raise TypeError("invokeAsynchronous(): function must be callable")
    name = description or getattr(function, "__name__", "async")
    return background.start(function, name, "util.invokeAsynchronous", f"asynchronous function {name}",
                            tuple(args or ()), kwargs)


# -- context ------------------------------------------------------------------------------

def getClientId() -> str:
    """The running client's session id (Vision client / Designer only)."""
    return _client_only("getClientId").session.id


def getProjectName() -> str:
    """The name of the project the script belongs to."""
    return current().project or ""


def getGatewayAddress() -> str:
    """The address of the gateway the client is connected to (client only)."""
    _client_only("getGatewayAddress")
    return "http://127.0.0.1:8088/"


def getSystemFlags() -> int:
    """Bit flags describing the client: 1 Designer, 2 Preview, 4 Client (client only)."""
    ctx = _client_only("getSystemFlags")
    return DESIGNER_FLAG if ctx.kind == "designer" else CLIENT_FLAG


def getConnectionMode() -> int:
    """1 disconnected, 2 read-only, 3 read/write (the default; ``setConnectionMode`` changes it)
    (client only; 8.1 manual, ``system.util.getConnectionMode``)."""
    ctx = _client_only("getConnectionMode")
    if ctx.kind != "client":
        return READ_WRITE
    return next(number for number, mode in CONNECTION_MODES.items() if mode == ctx.session.comm)


def getGlobals() -> dict:
    """The legacy globals dictionary: one per gateway in gateway scope, one per client session
    in a client (7.9 semantics; 8.x keeps it as the "legacy" globals with the same scoping)."""
    ctx = current()
    if ctx.session is not None:
        return ctx.gateway.session_host(ctx.session).globals
    return ctx.gateway.globals


#: ``system.util.globals`` (8.3 manual, ``system.util.getGlobals``: "The globals dictionary
#: persists across the lifetime of the JVM, and is accessible at system.util.globals"): the
#: running context's dictionary, the one ``getGlobals()`` returns, looked up on every read (the
#: ``system.util`` proxy takes a property as it is).
globals = property(lambda _util: getGlobals())


def getLogger(name) -> Logger:
    """A logger writing to the running context's log (Ignition's log levels and methods):
    ``com.inductiveautomation.ignition.common.util.LoggerEx``, the class scripts import."""
    _require_str("getLogger", "name", name)
    return Logger(name)


def setLoggingLevel(loggerName, loggerLevel) -> None:
    """Set a logger's level ("trace", "debug", "info", "warn", "error"), for this gateway, as the
    gateway's logging settings would (8.1 manual, ``system.util.setLoggingLevel``); child loggers
    (``Plant.Recipes`` under ``Plant``) follow."""
    _require_str("setLoggingLevel", "loggerName", loggerName)
    level = str(loggerLevel).upper()
    if level not in Logger._LEVELS or level == "FATAL":
        raise ValueError(f"setLoggingLevel(): loggerLevel must be trace, debug, info, warn or error, "
                         f"not {loggerLevel!r}")
    logging_levels(current().gateway)[loggerName] = Logger._LEVELS[level]


def jsonEncode(pyObj, indentFactor=0) -> str:
    """JSON text of ``pyObj``; compact like Ignition's (no spaces) unless ``indentFactor``."""
    if indentFactor:
        return json.dumps(pyObj, indent=int(indentFactor), default=str)
    return json.dumps(pyObj, separators=(",", ":"), default=str)


def jsonDecode(jsonString) -> Any:
    """Python objects from JSON text, strings as unicode (Jython shows ``u'...'``); text that is
    not JSON comes back unchanged (8.1 manual, ``system.util.jsonDecode``: "if the string is not
    valid JSON, the string is returned")."""
    if not isinstance(jsonString, str):
        raise TypeError(f"jsonDecode(): jsonString must be a string, not {type(jsonString).__name__}")
    try:
        return json.loads(jsonString)
    except ValueError:
        return jsonString


def getProperty(propertyName) -> Any:
    """A Java system property, from shim's fixed table (never the host's environment)."""
    from runtime.emulated.java.lang import System

    return System.getProperty(propertyName)


def threadDump() -> str:
    """A JSON dump of the gateway's threads (names and states; no stacks: they would expose
    the host)."""
    threads = [{"name": t.name, "state": "RUNNABLE" if t.is_alive() else "TERMINATED",
                "daemon": t.daemon} for t in threading.enumerate()]
    return json.dumps({"version": "shim", "threads": threads}, indent=2)


def getSessionInfo(usernameFilter=None, projectFilter=None):
    """A PyDataSet of the open Vision client and Designer sessions: username, project,
    address, isDesigner, clientId, creationTime; filters are regular expressions."""
    from runtime.emulated.ignition.dataset import dataset_from_rows
    from runtime.emulated.java.util import Date
    from system.dataset import toPyDataSet

    for name, value in (("usernameFilter", usernameFilter), ("projectFilter", projectFilter)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"getSessionInfo(): {name} must be a regular expression string, not {type(value).__name__}")
    ctx = current()
    rows = []
    for session in ctx.gateway.sessions.all():
        if session.kind not in ("client", "designer"):
            continue
        if usernameFilter and not re.match(usernameFilter + r"\Z", session.user):
            continue
        if projectFilter and not re.match(projectFilter + r"\Z", session.project):
            continue
        rows.append([session.user, session.project, session.address, session.kind == "designer",
                     session.id, Date(int(session.created * 1000))])
    columns = ["username", "project", "address", "isDesigner", "clientId", "creationTime"]
    types = [str, str, str, bool, str, Date]
    return toPyDataSet(dataset_from_rows(columns, types, rows))


# -- translation, version, audit -----------------------------------------------------------

def translate(term, locale=None, strict=False):
    """The translation of ``term`` from the gateway's translation database
    (``_gateway/translations.json``) for ``locale`` (``"de"``, ``"fr_CA"``, ``"fr-CA"``), by
    default the current one (``getLocale``). Without a translation:
    the term itself, or None when ``strict`` (8.1 manual, ``system.util.translate``)."""
    from runtime.backends.translations import translations

    if not isinstance(term, str):
        raise TypeError(f"translate(): term must be a string, not {type(term).__name__}")
    if locale is not None and not isinstance(locale, str):
        locale = str(locale)  # a java.util.Locale
    ctx = current()
    if not locale:
        locale = _current_locale(ctx)
    found = translations(ctx.gateway).lookup(term, locale)
    if found is None:
        return None if strict else term
    return found


def getVersion():
    """The Ignition version the project runs under (8.1 manual, ``system.util.getVersion``):
    a Version with ``getMajor``/``getMinor``/``getRevision``/``getBuild``, printing as
    ``8.1.33 (b0)``; ``"version"`` in gateway.json sets it, else the project's semantics."""
    from runtime.backends.version import gateway_version

    return gateway_version(current())


def audit(action=None, actionValue=None, auditProfile="", actor=None, actorHost="localhost",
          originatingSystem=None, eventTimestamp=None, originatingContext=4, statusCode=0) -> None:
    """Record an event in the audit log (8.1 manual, ``system.util.audit``): the gateway's
    in-memory log (``runtime.backends.audit``), which tests read. ``actor`` defaults to the
    running session's user, ``eventTimestamp`` to now; ``originatingContext`` is 1 gateway,
    2 Designer, 4 client (Ignition's default)."""
    import time

    from runtime.backends.audit import AuditEvent, audit_log
    from runtime.emulated.ignition.millis import to_millis

    _optional_strs("audit", action=action, actionValue=actionValue, auditProfile=auditProfile,
                   actor=actor, actorHost=actorHost)
    for name, value in (("originatingContext", originatingContext), ("statusCode", statusCode)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"audit(): {name} must be an integer, not {type(value).__name__}")
    if originatingSystem is not None and (isinstance(originatingSystem, (str, dict))
                                          or not hasattr(originatingSystem, "__iter__")):
        raise TypeError("audit(): originatingSystem must be a list of strings")
    ctx = current()
    if actor is None and ctx.session is not None:
        actor = ctx.session.user
    millis = int(time.time() * 1000) if eventTimestamp is None else to_millis(eventTimestamp)
    audit_log(ctx.gateway).record(AuditEvent(action, actionValue, auditProfile or "", actor,
                                             actorHost or "", tuple(originatingSystem or ()),
                                             millis, originatingContext, statusCode))


def queryAuditLog(auditProfileName=None, startDate=None, endDate=None, actorFilter=None, actionFilter=None,
                  targetFilter=None, valueFilter=None, systemFilter=None, contextFilter=None):
    """The audit events recorded by ``audit`` in a range (default: the last 8 hours), filtered by
    patterns (``*`` and ``%`` match any text) (8.1 manual, ``system.util.queryAuditLog``); columns
    AUDIT_EVENTS_ID, EVENT_TIMESTAMP, ACTOR, ACTOR_HOST, ACTION, ACTION_TARGET, ACTION_VALUE,
    STATUS_CODE, ORIGINATING_SYSTEM, ORIGINATING_CONTEXT."""
    import fnmatch
    import time

    from runtime.backends.audit import audit_log
    from runtime.emulated.ignition.dataset import dataset_from_rows
    from runtime.emulated.ignition.millis import to_millis
    from runtime.emulated.java.util import Date

    _optional_strs("queryAuditLog", auditProfileName=auditProfileName, actorFilter=actorFilter,
                   actionFilter=actionFilter, targetFilter=targetFilter, valueFilter=valueFilter,
                   systemFilter=systemFilter)
    end = to_millis(endDate) if endDate is not None else int(time.time() * 1000)
    start = to_millis(startDate) if startDate is not None else end - 8 * 3600 * 1000

    def keep(pattern: Any, text: Any) -> bool:
        return pattern is None or fnmatch.fnmatchcase(str(text or "").lower(),
                                                      pattern.replace("%", "*").lower())
    rows = []
    for number, event in enumerate(audit_log(current().gateway).events, start=1):
        system_text = ", ".join(event.originating_system)
        if not start <= event.event_timestamp <= end:
            continue
        if auditProfileName and event.audit_profile and event.audit_profile != auditProfileName:
            continue
        if not (keep(actorFilter, event.actor) and keep(actionFilter, event.action)
                and keep(targetFilter, "") and keep(valueFilter, event.action_value)
                and keep(systemFilter, system_text)):
            continue
        if contextFilter is not None and not int(contextFilter) & event.originating_context:
            continue
        rows.append([number, Date(event.event_timestamp), event.actor, event.actor_host, event.action, "",
                     event.action_value, event.status_code, system_text, event.originating_context])
    columns = ["AUDIT_EVENTS_ID", "EVENT_TIMESTAMP", "ACTOR", "ACTOR_HOST", "ACTION", "ACTION_TARGET",
               "ACTION_VALUE", "STATUS_CODE", "ORIGINATING_SYSTEM", "ORIGINATING_CONTEXT"]
    return dataset_from_rows(columns, [int, Date, str, str, str, str, str, int, str, int], rows)


def getAvailableLocales() -> list:
    """The locales of the translation database (8.1 manual, ``system.util.getAvailableLocales``)."""
    from runtime.backends.translations import translations

    return translations(current().gateway).locales()


def getAvailableTerms() -> list:
    """Every term of the translation database (8.1 manual, ``system.util.getAvailableTerms``)."""
    from runtime.backends.translations import translations

    return translations(current().gateway).terms()


def modifyTranslation(term, translation, locale=None) -> None:
    """Add or change a term's translation for ``locale`` (default: the current one), in memory
    (8.1 manual, ``system.util.modifyTranslation``)."""
    from runtime.backends.translations import translations

    _require_str("modifyTranslation", "term", term)
    if not isinstance(translation, str):
        raise TypeError(f"modifyTranslation(): translation must be a string, not {type(translation).__name__}")
    ctx = current()
    translations(ctx.gateway).modify(term, translation, str(locale) if locale else _current_locale(ctx))


def getLocale() -> str:
    """The current locale as a string (``"en"``, ``"de_DE"``): the session's (``setLocale``),
    else gateway.json's ``"locale"``, else English (8.1 manual, ``system.util.getLocale``)."""
    return _current_locale(current())


def setLocale(locale) -> None:
    """Set the client's locale, for translations and ``getLocale`` (8.1 manual,
    ``system.util.setLocale``; Vision clients only)."""
    ctx = _client_only("setLocale")
    if not isinstance(locale, str):
        locale = str(locale)  # a java.util.Locale
    if not locale.strip():
        raise ValueError("setLocale(): locale must not be empty")
    _session_locales(ctx)[ctx.session.id] = locale.strip()


def _session_locales(ctx: ScriptContext) -> dict:
    return ctx.gateway.service("session-locales", lambda _gateway: {})


def _current_locale(ctx: ScriptContext) -> str:
    from runtime.backends.gatewayfiles import read_object
    from runtime.backends.translations import DEFAULT_LOCALE

    if ctx.session is not None:
        found = _session_locales(ctx).get(ctx.session.id)
        if found:
            return found
    return str(read_object(ctx.gateway, "gateway.json").get("locale") or DEFAULT_LOCALE)


def getEdition() -> str:
    """The gateway's edition: "standard" (8.1 manual, ``system.util.getEdition``; "edge" and
    "maker" gateways are not emulated)."""
    return "standard"


# -- argument checks (what Jython's coercion would refuse) --------------------------------

def _client_only(function: str) -> ScriptContext:
    ctx = current()
    if ctx.kind not in ("client", "designer") or ctx.session is None:
        # Ignition raises AttributeError: the function does not exist in the gateway scope
        raise AttributeError(f"'system.util' has no attribute '{function}' in {ctx.kind} scope "
                         "(it exists in Vision clients only)")
    return ctx


def _require_str(function: str, name: str, value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{function}(): {name} must be a string, not {type(value).__name__}")
    if not value:
        raise ValueError(f"{function}(): {name} must not be empty")


def _optional_strs(function: str, **values: Any) -> None:
    for name, value in values.items():
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{function}(): {name} must be a string, not {type(value).__name__}")


def _check_payload(function: str, payload: Any) -> None:
    if payload is not None and not isinstance(payload, dict):
        raise TypeError(f"{function}(): payload must be a dictionary, not {type(payload).__name__}")


def _server_list(remote_servers: Any) -> list[str] | None:
    if remote_servers is None:
        return None
    if isinstance(remote_servers, str):
        return [remote_servers]
    servers = list(remote_servers)
    for server in servers:
        if not isinstance(server, str):
            raise TypeError("sendMessage(): remoteServers must be a list of gateway names")
    return servers
