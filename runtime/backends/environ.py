"""gateway.json ``"environ"``: the environment variables scripts read with ``os.environ`` and
``os.getenv``.

```
"environ": {"SITE_CODE": "north", "MES_URL": "https://mes.plant.local"}
```

Under Jython, ``os.environ`` is the gateway process's own environment (the JVM's
``System.getenv()``): on a real gateway that holds the service account's paths and, as often,
secrets (database passwords, cloud keys) the deployment put there. shim never hands its host's
environment to scripts; they see exactly the variables the gateway declares here, strings only,
and none when it declares none. A value that is not a string is a ``ProjectError`` naming it
(the gateway refuses to start, like every other malformed setting).
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Any, Mapping

from runtime.backends.gatewayfiles import gateway_dir, read_object
from runtime.core.errors import ProjectError
from runtime.emulated.stdlib import _host


def environ(gateway: Any) -> Mapping[str, str]:
    """The variables gateway.json declares (read once per gateway)."""
    return gateway.service("environ", load_environ)


def load_environ(gateway: Any) -> Mapping[str, str]:
    """gateway.json's ``"environ"``, checked: an object of strings."""
    section = read_object(gateway, "gateway.json").get("environ", {})
    where = gateway_dir(gateway) / "gateway.json"
    if not isinstance(section, dict):
        raise ProjectError(f'{where}: "environ" must be an object of variable names and string values')
    for key, value in section.items():
        if not isinstance(value, str):
            raise ProjectError(f'{where}: "environ" value of {key!r} must be a string, not {type(value).__name__}')
    return MappingProxyType(dict(section))


_host.install(environ=environ)  # os.environ and os.getenv read them
