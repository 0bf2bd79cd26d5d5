"""What a message payload may hold, checked at the sender.

Ignition hands a payload to every receiver, and a client or a remote gateway gets it through
serialisation, so a payload must be something that survives the trip. shim's rule, the same
for every delivery so a test on one gateway tells the truth about a real network:

* a dict with string keys (``payload`` is Ignition's PyDictionary: its keys are names);
* values: None, bool, int, float, str, bytes, ``datetime``/``date``/``time``, ``Decimal``,
  lists, tuples and dicts of these, nested; and shim's host values that serialise (datasets,
  Java-style dates): classes marked ``__shim_wire__`` (copied with ``__shim_copy__`` if mutable);
  never an object of a class the script defined (its methods would run in the receiver);
* no reference cycles, and at most ``MAX_ITEMS`` values in all (a runaway payload is refused
  before it is copied to ten thousand clients);
* at most gateway.json's ``payloadBytes`` as it travels (``payload_size``: its wire JSON).

Anything else is refused with a ``TypeError``/``ValueError`` naming the path of the bad value,
e.g. ``payload['pump']['rate']: a function cannot be sent in a message``.
"""
from __future__ import annotations

import datetime
import decimal
from typing import Any

from runtime.core.ownership import SCRIPT_MARK
from runtime.messaging.wire import encoded_size

#: The most values (containers and leaves) a payload may hold.
MAX_ITEMS = 1_000_000

_SCALARS = frozenset({type(None), bool, int, float, str, bytes, datetime.datetime, datetime.date,
                      datetime.time, decimal.Decimal})
_CONTAINERS = (dict, list, tuple)


def check_payload(payload: dict, max_items: int = MAX_ITEMS) -> None:
    """Raise TypeError/ValueError if ``payload`` cannot be sent (see the module docstring)."""
    copy_payload(payload, max_items)


def copy_payload(payload: dict, max_items: int = MAX_ITEMS) -> dict:
    """A checked copy of ``payload``, as a receiver would deserialise it: plain dicts, lists and
    tuples holding plain values. No script code runs while copying (containers are read with
    ``dict.items``/``list.copy``, never through methods a script class could override), and no
    script object survives: a payload's receivers never share the sender's objects.

    Raises TypeError/ValueError naming the path of the first value that cannot be sent.
    """
    if not isinstance(payload, dict):
        raise TypeError(f"payload must be a dictionary, not {type(payload).__name__}")
    items = dict.items(payload)
    flat = {}
    for key, value in items:  # fast path: a flat payload of plain values
        if type(key) is not str:
            _bad_key(key, "payload")
        if type(value) not in _SCALARS:
            break
        flat[key] = value
    else:
        if len(flat) > max_items:
            raise ValueError(f"payload has {len(flat):,} values: over the limit of {max_items:,}")
        return flat
    return _copy(payload, "payload", max_items, [0], ())


def payload_size(payload: dict, limit: int | None) -> int:
    """``payload``'s bytes on the wire (``wire.encoded_size``: what a worker process or a remote
    gateway receives), or ValueError naming gateway.json's ``payloadBytes`` when it is over
    ``limit`` (None: no limit). The sender's call fails and no handler runs, as Ignition's
    sender fails on a payload it cannot serialise."""
    size = encoded_size(payload)
    if limit is not None and size > limit:
        raise ValueError(f"payload is {size:,} bytes as sent: over the limit of {limit:,} bytes "
                         "(gateway.json limits.payloadBytes)")
    return size


def copy_value(value: Any, path: str, max_items: int = MAX_ITEMS) -> Any:
    """A checked copy of one value under the payload rules (``sendRequest``'s answer: in
    Ignition it is serialised back to the caller, so the caller never holds the handler's
    objects, and a function or a script object cannot be returned)."""
    return _copy(value, path, max_items, [0], ())


def _copy(value: Any, path: str, max_items: int, count: list[int], ancestors: tuple[int, ...]) -> Any:
    count[0] += 1
    if count[0] > max_items:
        raise ValueError(f"payload has more than {max_items:,} values: over the limit")
    kind = type(value)
    if kind in _SCALARS:
        return value
    if getattr(kind, SCRIPT_MARK, False):
        raise TypeError(f"{path}: an object of the script's own class '{kind.__name__}' cannot be sent "
                        "in a message (payloads hold None, numbers, strings, dates, datasets, lists and dicts)")
    if isinstance(value, (str, int, float, bytes)) and not isinstance(value, _CONTAINERS):
        return value  # the host's Python 2 str/unicode/long: immutable values
    if getattr(kind, "__shim_wire__", False):
        copier = getattr(kind, "__shim_copy__", None)
        return value if copier is None else copier(value)
    if isinstance(value, _CONTAINERS):
        if id(value) in ancestors:
            raise ValueError(f"{path}: the payload contains itself (a reference cycle)")
        inner = ancestors + (id(value),)
        if isinstance(value, dict):
            copied = {}
            for key, item in dict.items(value):
                if type(key) is not str:
                    _bad_key(key, path)
                copied[key] = _copy(item, f"{path}[{key!r}]", max_items, count, inner)
            return copied
        elements = list.copy(value) if isinstance(value, list) else tuple(tuple.__iter__(value))
        copied_items = [_copy(item, f"{path}[{index}]", max_items, count, inner)
                        for index, item in enumerate(elements)]
        return copied_items if isinstance(value, list) else tuple(copied_items)
    raise TypeError(f"{path}: a value of type '{kind.__name__}' cannot be sent in a message "
                    "(payloads hold None, numbers, strings, dates, datasets, lists and dicts)")


def _bad_key(key: Any, path: str) -> None:
    raise TypeError(f"{path}: key {key!r} is a {type(key).__name__}; payload keys must be strings")
