"""Who the gateway is on the network, and who its users are.

The host name and address scripts see are a fixed, configurable identity, never the machine's
own: handlers branch on them (``if system.net.getHostName() == "Line1Computer"``), so a handler's
behaviour must not depend on the computer that runs the tests. A simulated client is the
host name and address of its session (``--client X,hostName=HMI-1,address=10.0.0.5``); the
gateway (and Perspective, whose scripts run on the gateway) is ``"hostName"``/``"ipAddress"`` of
``_gateway/gateway.json``, by default the gateway's name and ``127.0.0.1``
(``"externalIpAddress"``, for ``getExternalIpAddress``, defaults to the ``ipAddress``).

Users for ``system.security.getUserRoles``/``validateUser`` come from ``_gateway/users.json``:
``{"users": {"bob": {"password": "...", "roles": ["Operator"]}}}``, the gateway's one
authentication profile (named ``default``).
"""
from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Any

from runtime.core.context import ScriptContext
from runtime.core.errors import ProjectError
from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.backends.scopes import CLIENT_KINDS
from runtime.emulated.stdlib import _host

#: The name of the gateway's one authentication profile.
AUTH_PROFILE = "default"


@dataclass(frozen=True)
class User:
    name: str
    password: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class Identity:
    host_name: str
    ip_address: str
    users: dict[str, User]
    external_ip_address: str = ""

    def check(self, username: str, password: str, profile: str) -> User | None:
        """The user, if ``username``/``password`` authenticate against ``profile``."""
        if profile not in ("", AUTH_PROFILE):
            return None
        user = self.users.get(username)
        if user is None or not hmac.compare_digest(user.password.encode(), password.encode()):
            return None
        return user


def identity(gateway: Any) -> Identity:  # a runtime.gateway.Gateway (the gateway imports this module)
    """The gateway's identity and users (read once)."""
    return gateway.service("identity", _load)


def _load(gateway: Any) -> Identity:
    config = read_object(gateway, "gateway.json")
    users_file = gateway_dir(gateway) / "users.json"
    entries = read_object(gateway, "users.json").get("users", {})
    if not isinstance(entries, dict):
        raise ProjectError(f"{users_file}: \"users\" must be an object of name -> {{password, roles}}")
    users = {}
    for name, spec in entries.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("password", ""), str):
            raise ProjectError(f"{users_file}: user '{name}' needs a \"password\" string")
        roles = spec.get("roles", [])
        if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
            raise ProjectError(f"{users_file}: user '{name}': \"roles\" must be a list of strings")
        users[name] = User(name, spec.get("password", ""), tuple(roles))
    ip_address = str(config.get("ipAddress") or "127.0.0.1")
    return Identity(str(config.get("hostName") or gateway.name), ip_address, users,
                    str(config.get("externalIpAddress") or ip_address))


def host_of(ctx: ScriptContext) -> tuple[str, str]:
    """(host name, IP address) of the machine the script runs on, as ``system.net`` reports it."""
    gateway = identity(ctx.gateway)
    if ctx.kind in CLIENT_KINDS and ctx.session is not None:
        return (ctx.session.host_name or gateway.host_name,
                ctx.session.address or gateway.ip_address)
    return gateway.host_name, gateway.ip_address


_host.install(host_of=host_of)  # java.net.InetAddress.getLocalHost answers the same
