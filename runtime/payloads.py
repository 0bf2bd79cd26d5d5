"""What a message payload may hold, checked at the sender.

Ignition hands a payload to every receiver, and a client or a remote gateway gets it through
serialisation, so a payload must be something that survives the trip. shim's rule, the same
for every delivery so a test on one gateway tells the truth about a real network:

* a dict with string keys (``payload`` is Ignition's PyDictionary: its keys are names);
* values: None, bool, int, float, str, bytes, ``datetime``/``date``/``time``, ``Decimal``,
  lists, tuples and dicts of these, nested; and shim's host values that serialise (datasets,
  Java-style dates): any object with a ``__shim_wire__`` marker;
* no reference cycles, and at most ``MAX_ITEMS`` values in all (a runaway payload is refused
  before it is copied to ten thousand clients).

Anything else is refused with a ``TypeError``/``ValueError`` naming the path of the bad value,
e.g. ``payload['pump']['rate']: a function cannot be sent in a message``.
"""
from __future__ import annotations

import datetime
import decimal
from typing import Any

#: The most values (containers and leaves) a payload may hold.
MAX_ITEMS = 1_000_000

_SCALARS = frozenset({type(None), bool, int, float, str, bytes, datetime.datetime, datetime.date,
                      datetime.time, decimal.Decimal})


def check_payload(payload: dict, max_items: int = MAX_ITEMS) -> None:
    """Raise TypeError/ValueError if ``payload`` cannot be sent (see the module docstring)."""
    values = payload.values()
    for value in values:  # fast path: a flat payload of plain values
        if type(value) not in _SCALARS:
            break
    else:
        for key in payload:
            if type(key) is not str:
                _bad_key(key, "payload")
        if len(payload) > max_items:
            raise ValueError(f"payload has {len(payload):,} values: over the limit of {max_items:,}")
        return
    _walk(payload, max_items)


def _walk(payload: dict, max_items: int) -> None:
    count = 0
    stack: list[tuple[Any, str, tuple[int, ...]]] = [(payload, "payload", ())]
    while stack:
        value, path, ancestors = stack.pop()
        count += 1
        if count > max_items:
            raise ValueError(f"payload has more than {max_items:,} values: over the limit")
        kind = type(value)
        if kind in _SCALARS or getattr(value, "__shim_wire__", False):
            continue
        if kind is dict or kind is list or kind is tuple:
            if id(value) in ancestors:
                raise ValueError(f"{path}: the payload contains itself (a reference cycle)")
            inner = ancestors + (id(value),)
            if kind is dict:
                for key, item in value.items():
                    if type(key) is not str:
                        _bad_key(key, path)
                    stack.append((item, f"{path}[{key!r}]", inner))
            else:
                for index, item in enumerate(value):
                    stack.append((item, f"{path}[{index}]", inner))
            continue
        raise TypeError(f"{path}: a value of type '{kind.__name__}' cannot be sent in a message "
                        "(payloads hold None, numbers, strings, dates, datasets, lists and dicts)")


def _bad_key(key: Any, path: str) -> None:
    raise TypeError(f"{path}: key {key!r} is a {type(key).__name__}; payload keys must be strings")
