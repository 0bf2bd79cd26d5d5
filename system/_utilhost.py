"""The ``system.util`` functions that touch the client's machine or the gateway's host: the Vision
client's sound, exit, retarget, timeouts, inactivity and connection mode, and the host-facing
``execute``, ``getModules``, ``getGatewayStatus`` (8.1 manual, ``system.util.*``; re-exported by
``system.util``).

A simulated client has no speaker, no process and no other gateway to jump to: what it is asked
is recorded on its screen (``runtime.backends.ui.ui(session).records``: ``("beep",)``,
``("playSoundClip", source, volume, wait)``, ``("exit", force)``, ``("retarget", project,
addresses, params, windows)``), with Ignition's argument checks, and its effects that matter to a
script happen: ``exit`` closes the session, ``setConnectionMode(2)`` makes tag writes and
database updates fail as the manual says. ``execute`` runs no program: the sandbox refuses it
(``runtime.scripts.sandbox.policy.REFUSED_SYSTEM_FUNCTIONS``).
"""
from __future__ import annotations

import json
import time
from typing import Any

from runtime.emulated.ignition.dataset import BasicDataset, dataset_from_rows
from runtime.backends.files import files_root, resolve
from runtime.backends.gatewayfiles import read_object
from runtime.backends.http import HttpRefused, http_policy, new_client, send
from runtime.backends.scopes import CONNECTION_MODES, require_client
from runtime.backends.ui import ui
from runtime.backends.version import gateway_version
from runtime.core.context import current
from runtime.scripts.sandbox.errors import SandboxError
from runtime.scripts.sandbox.policy import REFUSED_SYSTEM_FUNCTIONS

#: Client-to-gateway timeouts' defaults (manual, ``getConnectTimeout``: "Default is 10,000";
#: ``getReadTimeout``: 60,000).
DEFAULT_TIMEOUTS = {"connect": 10000, "read": 60000}

#: ``getModules`` when gateway.json has no ``"modules"``: the modules whose scripting shim emulates.
DEFAULT_MODULES = (
    ("com.inductiveautomation.vision", "Vision"),
    ("com.inductiveautomation.perspective", "Perspective"),
    ("com.inductiveautomation.sfc", "SFC"),
    ("com.inductiveautomation.opcua", "OPC UA"),
    ("com.inductiveautomation.alarm-notification", "Alarm Notification"),
    ("com.inductiveautomation.historian", "Tag Historian"),
)
MODULE_COLUMNS = ["Id", "Name", "Version", "State", "LicenseState"]


def _screen(function: str):
    ctx = require_client("util", function)
    return ctx, ui(ctx.session)


def beep() -> None:
    """Sound the client's system beep (8.1 manual, ``system.util.beep``; Vision Client):
    recorded as ``("beep",)``."""
    ctx, screen = _screen("beep")
    screen.show(ctx, "beep")


def playSoundClip(wav, volume=1.0, wait=False) -> None:
    """Play a WAV clip (8.1 manual, ``system.util.playSoundClip``; Vision Client): ``wav`` is
    the clip's bytes, a path (inside the gateway's files folder here, and it must exist) or an
    http(s) URL (an allowed host); ``volume`` 0.0-1.0; recorded as ``("playSoundClip", source,
    volume, wait)`` where source is the path, the URL or ``"<N bytes>"``."""
    ctx, screen = _screen("playSoundClip")
    if isinstance(wav, (bytes, bytearray)):
        source = f"<{len(wav)} bytes>"
    elif isinstance(wav, str) and wav.lower().startswith(("http://", "https://")):
        source = http_policy(ctx.gateway).check("playSoundClip", wav)
    elif isinstance(wav, str):
        path = resolve(files_root(ctx.gateway), "playSoundClip", wav)
        if not path.is_file():
            raise OSError(f"playSoundClip(): java.io.FileNotFoundException: {wav} (No such file or directory)")
        source = wav
    else:
        raise TypeError(f"playSoundClip(): wav must be WAV bytes, a path or a URL, not {type(wav).__name__}")
    if isinstance(volume, bool) or not isinstance(volume, (int, float)) or not 0.0 <= volume <= 1.0:
        raise ValueError(f"playSoundClip(): volume must be between 0.0 and 1.0, not {volume!r}")
    screen.show(ctx, "playSoundClip", source, float(volume), bool(wait))


def exit(force=False) -> None:  # noqa: A001 - Ignition's name
    """Exit the client (8.1 manual, ``system.util.exit``; Vision Client): unless ``force``, the
    user is asked first (a confirm, answered from the screen's queue: Yes by default); then the
    session closes (its client shutdown script runs) and ``("exit", force)`` is recorded."""
    ctx, screen = _screen("exit")
    if not force and not screen.ask(ctx, "confirmExit", ("Are you sure you want to exit?",), True):
        return
    screen.show(ctx, "exit", bool(force))
    ctx.gateway.close_session(ctx.session)


def retarget(project, addresses=None, params=None, windows=None) -> None:
    """Switch the client to another project and/or gateway (8.1 manual, ``system.util.retarget``;
    Vision Client). Recorded as ``("retarget", project, addresses, params, windows)``: a simulated
    client does not restart. With no ``addresses`` the project must exist on this gateway."""
    ctx, screen = _screen("retarget")
    if not isinstance(project, str) or not project:
        raise TypeError("retarget(): project must be a non-empty string")
    if isinstance(addresses, str):
        addresses = [addresses]
    if addresses is not None and not all(isinstance(a, str) for a in addresses):
        raise TypeError("retarget(): addresses must be a string or a list of \"host:port\" strings")
    if params is not None and not isinstance(params, dict):
        raise TypeError("retarget(): params must be a dictionary")
    if windows is not None and not all(isinstance(w, str) for w in windows):
        raise TypeError("retarget(): windows must be a list of window paths")
    if addresses is None:
        ctx.gateway.projects.require(project)
    screen.show(ctx, "retarget", project, None if addresses is None else list(addresses),
                None if params is None else dict(params), None if windows is None else list(windows))


def getConnectTimeout() -> int:
    """The client-to-gateway connect timeout in ms, 10,000 by default (8.1 manual,
    ``system.util.getConnectTimeout``; Vision Client)."""
    return _screen("getConnectTimeout")[1].timeouts["connect"]


def setConnectTimeout(connectTimeout) -> None:
    """Set the connect timeout, in ms (8.1 manual, ``system.util.setConnectTimeout``)."""
    _screen("setConnectTimeout")[1].timeouts["connect"] = _millis("setConnectTimeout", "connectTimeout",
                                                                  connectTimeout)


def getReadTimeout() -> int:
    """The client-to-gateway read timeout in ms, 60,000 by default (8.1 manual,
    ``system.util.getReadTimeout``; Vision Client)."""
    return _screen("getReadTimeout")[1].timeouts["read"]


def setReadTimeout(readTimeout) -> None:
    """Set the read timeout, in ms (8.1 manual, ``system.util.setReadTimeout``)."""
    _screen("setReadTimeout")[1].timeouts["read"] = _millis("setReadTimeout", "readTimeout", readTimeout)


def _millis(function: str, name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise TypeError(f"{function}(): {name} must be a number of milliseconds, not {value!r}")
    return value


def getInactivitySeconds() -> int:
    """Seconds since the client's user last moved the mouse or typed (8.1 manual,
    ``system.util.getInactivitySeconds``; Vision Client). A simulated user has touched nothing
    since the session opened, or since a test called ``ui(session).touch()``."""
    ctx, screen = _screen("getInactivitySeconds")
    last = screen.last_input if screen.last_input is not None else ctx.session.created
    return max(0, int(time.time() - last))


def setConnectionMode(mode) -> None:
    """1 disconnected, 2 read-only, 3 read/write (8.1 manual, ``system.util.setConnectionMode``;
    Vision Client): in mode 2 tag writes and INSERT/UPDATE/DELETE queries fail, in mode 1 every
    tag and query call does; ``getConnectionMode`` answers the mode."""
    ctx = require_client("util", "setConnectionMode")
    if mode not in CONNECTION_MODES or isinstance(mode, bool):
        raise ValueError(f"setConnectionMode(): mode must be 1 (disconnected), 2 (read-only) or "
                         f"3 (read/write), not {mode!r}")
    if ctx.kind == "client":  # a Designer keeps its comm mode (Ignition's Designer has its own toggle)
        ctx.session.comm = CONNECTION_MODES[mode]


def execute(commands) -> None:
    """Run a program on the host (8.1 manual, ``system.util.execute``: "Executes the given
    commands via the operating system, in a separate process"). Refused: scripts never start host
    processes in shim (``REFUSED_SYSTEM_FUNCTIONS`` in the sandbox policy)."""
    if isinstance(commands, str) or not all(isinstance(c, str) for c in commands):
        raise TypeError("execute(): commands must be a list of strings (the program, then its arguments)")
    raise SandboxError(f"system.util.execute({list(commands)!r}) refused: "
                       f"{REFUSED_SYSTEM_FUNCTIONS['util.execute']}")


def getModules() -> BasicDataset:
    """One row per installed module: Id, Name, Version, State, LicenseState (8.1 manual,
    ``system.util.getModules``: "Id, Name, Version, State (Running, Faulted, etc), and its
    current License Status"; Gateway scope). gateway.json ``"modules": [{"id", "name",
    "version", "state", "license"}]`` lists them; by default the modules shim emulates, at the
    gateway's version, "Running" and "Activated"."""
    ctx = current()
    if ctx.kind != "gateway":
        raise AttributeError(f"'com.inductiveautomation.ignition.common.script.ScriptPackage' object has no "
                             f"attribute 'getModules' (system.util.getModules exists only in the Gateway "
                             f"scope; this script runs in the {ctx.kind} scope)")
    version = str(gateway_version(ctx)).split(" ")[0]
    configured = read_object(ctx.gateway, "gateway.json").get("modules")
    if configured is None:
        rows = [[mid, name, version, "Running", "Activated"] for mid, name in DEFAULT_MODULES]
    else:
        if not isinstance(configured, list) or not all(isinstance(m, dict) and "id" in m for m in configured):
            raise ValueError("gateway.json: \"modules\" must be a list of {\"id\", \"name\", \"version\", "
                             "\"state\", \"license\"}")
        rows = [[str(m["id"]), str(m.get("name", m["id"])), str(m.get("version", version)),
                 str(m.get("state", "Running")), str(m.get("license", "Activated"))] for m in configured]
    return dataset_from_rows(MODULE_COLUMNS, None, rows)


def getGatewayStatus(gatewayAddress, connectTimeoutMillis=None, socketTimeoutMillis=None,
                     bypassCertValidation=False) -> str:
    """Ping a gateway's ``StatusPing`` page and answer its state, ``RUNNING`` when it is fully
    up; a failure answers ``ERROR`` and the message (8.1 manual, ``system.util.getGatewayStatus``;
    the address is ``ADDR:PORT`` or 7.9's ``ADDR:PORT/main``). Only hosts allowed in
    gateway.json's ``"http": {"allow": [...]}`` are pinged; any other answers ``ERROR`` naming
    the setting, and nothing is sent."""
    if not isinstance(gatewayAddress, str) or not gatewayAddress:
        raise TypeError("getGatewayStatus(): gatewayAddress must be a non-empty string")
    ctx = current()
    address = gatewayAddress if "://" in gatewayAddress else "http://" + gatewayAddress
    url = address.rstrip("/") + "/StatusPing"
    try:
        policy = http_policy(ctx.gateway)
        policy.check("getGatewayStatus", url)
        with new_client(policy, "getGatewayStatus", connect_ms=connectTimeoutMillis or 10000,
                        read_ms=socketTimeoutMillis or 60000, verify=not bypassCertValidation) as client:
            response = send(client, "getGatewayStatus", client.build_request("GET", url))
        if response.status_code != 200:
            return f"ERROR HTTP {response.status_code}"
        try:
            return str(json.loads(response.text).get("state", response.text.strip()))
        except (ValueError, AttributeError):
            return response.text.strip()
    except (HttpRefused, OSError) as exc:
        return f"ERROR {exc}"
