"""What crosses the Gateway Network: payloads and handler results, as JSON with tagged objects.

Ignition serialises a ``sendMessage``/``sendRequest`` payload (Java serialisation) before it
leaves the gateway for a remote gateway or a Vision client; a value that cannot be serialised
makes the *sender's* call fail, and every receiver gets its own copy. shim's wire is JSON, so
the same rule holds with a fixed, documented set of types:

=========================================  ===================================================
value                                      arrives as
=========================================  ===================================================
None, bool, int, float (nan/inf too), str  itself (subclasses arrive as the base type)
list, tuple                                a list (JSON has no tuples; Jython scripts rarely care)
dict with str keys (nested)                a dict (a key ``"$shim"`` is escaped, never confused)
datetime.datetime / date / time            the same type and value; an aware value keeps its
                                           UTC offset (a named zone becomes a fixed offset)
decimal.Decimal, bytes                     the same type and value
java.util.Date (``runtime.emulated.java.util``)     a Date with the same milliseconds
BasicDataset / PyDataSet (runtime.emulated.ignition.dataset) the same kind of dataset: names, types, rows
=========================================  ===================================================

This is the set ``runtime.messaging.payloads.check_payload`` lets a sender pass, so a payload that gets
past that check also crosses the wire; handler *results* (``sendRequest`` answers) are held to
the same rules here.

Anything else (a set, bytes, a function, an arbitrary object, a non-str dict key, a structure
nested deeper than ``MAX_DEPTH``) is refused at the sender with a ``TypeError`` naming where it
is, e.g. ``payload value at payload['x'][2] of type 'set' cannot cross the Gateway Network``.

Tagged objects are ``{"$shim": TAG, "value": ...}``; a user dict that has a ``"$shim"`` key
travels as ``{"$shim": "dict", "items": [[key, value], ...]}`` so no payload is ever mistaken
for a tag. ``LocalNetwork`` copies payloads through this codec too, so the in-process network
refuses and transforms exactly what a cross-process one does.
"""
from __future__ import annotations

import base64
import datetime as _dt
import decimal
import json
import json.encoder as _json_encoder
import math
from typing import Any, Callable

TAG = "$shim"

#: Containers nested deeper than this are refused (it also stops self-containing values).
MAX_DEPTH = 100

class _Refused(Exception):
    """Internal: a value that cannot be encoded; the path is collected while unwinding."""

    def __init__(self, what: str, value: Any, why: str = "") -> None:
        super().__init__(what)
        self.what = what  # "value" or "key"
        self.type_name = type(value).__name__
        self.why = why
        self.path: list[str] = []  # innermost first


def encode(value: Any, root: str = "payload") -> Any:
    """A JSON-ready tree for ``value``; ``TypeError`` (naming the path under ``root``) for
    anything that cannot cross the Gateway Network."""
    try:
        return _encode(value, 0)
    except _Refused as refused:
        where = root + "".join(reversed(refused.path))
        raise TypeError(f"{root} {refused.what} at {where} of type '{refused.type_name}' "
                        f"cannot cross the Gateway Network{refused.why}") from None


def _encode(value: Any, depth: int) -> Any:
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if depth >= MAX_DEPTH:
        raise _Refused("value", value, f" (nested deeper than {MAX_DEPTH} levels)")
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise _Refused("key", key, " (dictionary keys must be strings)")
            try:
                out[key] = _encode(item, depth + 1)
            except _Refused as refused:
                refused.path.append(f"[{key!r}]")
                raise
        if TAG in out:
            return {TAG: "dict", "items": [[key, item] for key, item in out.items()]}
        return out
    if isinstance(value, (list, tuple)):
        items = []
        for index, item in enumerate(value):
            try:
                items.append(_encode(item, depth + 1))
            except _Refused as refused:
                refused.path.append(f"[{index}]")
                raise
        return items
    # subclasses (Jython's unicode, an IntEnum ...) travel as their base type
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    for tag, (cls, to_json, _) in _tagged().items():
        if isinstance(value, cls):
            return {TAG: tag, "value": to_json(value)}
    raise _Refused("value", value)


def decode(tree: Any) -> Any:
    """The value ``encode`` made ``tree`` from (trees straight from ``json.loads`` included)."""
    if type(tree) is dict:
        if TAG in tree:
            return _untag(tree)
        return {key: decode(item) for key, item in tree.items()}
    if type(tree) is list:
        return [decode(item) for item in tree]
    return tree


def _untag(tree: dict) -> Any:
    tag = tree[TAG]
    if tag == "dict":
        return {key: decode(item) for key, item in tree["items"]}
    try:
        _, _, from_json = _tagged()[tag]
    except KeyError:
        raise ValueError(f"unknown tagged value {tag!r} on the Gateway Network") from None
    return from_json(tree["value"])


#: json.dumps with options builds an encoder per call; messages are many and small
_ENCODER = json.JSONEncoder(separators=(",", ":"))


def dumps(message: dict) -> bytes:
    """A wire message (whose payload fields were made by ``encode``) as bytes."""
    return _ENCODER.encode(message).encode()


def encoded_size(value: Any, root: str = "payload") -> int:
    """The bytes ``value`` takes on the wire: its ``encode`` tree as ``dumps`` writes it (ASCII
    JSON, so characters are bytes). gateway.json's ``payloadBytes`` and ``queueBytes`` count
    this, the same for a payload that stays in the gateway as for one that crosses to a worker
    process or a remote gateway. ``TypeError`` as ``encode`` for what cannot cross."""
    if type(value) is dict and TAG not in value:  # most payloads: flat, plain, counted without text
        size = _flat_size(value)
        if size is not None:
            return size
    tree = encode(value, root)
    if _SIZE_ENCODER is None:  # pragma: no cover - CPython always has the C encoder
        return len(_ENCODER.encode(tree))
    return sum(map(len, _SIZE_ENCODER(tree, 0)))


def _flat_size(value: dict) -> int | None:
    """``encoded_size`` of a dict without a ``TAG`` key, when it holds plain JSON values only
    (most payloads: every send measures one), counted without building the text; else None."""
    size = len(value) + 1 if value else 2  # braces, colons, commas
    for key, item in value.items():
        if type(key) is not str:
            return None
        kind = type(item)
        if kind is str:
            size += len(_escape(item))
        elif kind is int:
            size += len(int.__repr__(item))
        elif item is None or kind is bool:
            size += 5 if item is False else 4  # null, true, false
        elif kind is float:
            size += len(float.__repr__(item)) if math.isfinite(item) else 3 if item != item else 8 + (item < 0)
        else:
            return None
        size += len(_escape(key)) + 1
    return size


_escape = _json_encoder.encode_basestring_ascii

#: the C encoder ``_ENCODER`` uses, made once (a tree from ``encode`` is acyclic: no markers)
_SIZE_ENCODER = None if _json_encoder.c_make_encoder is None else _json_encoder.c_make_encoder(
    None, _ENCODER.default, _json_encoder.encode_basestring_ascii, None, ":", ",", False, False, True)


def loads(data: bytes) -> dict:
    """The message ``dumps`` wrote (payload fields still encoded: pass them to ``decode``)."""
    return json.loads(data)


def copy_payload(payload: dict, root: str = "payload") -> dict:
    """What a receiver across the network gets for ``payload``: its own, wire-shaped copy."""
    return decode(encode(payload, root))


# -- tagged types -----------------------------------------------------------------------------

_Codec = tuple[type, Callable[[Any], Any], Callable[[Any], Any]]
_TAGGED: dict[str, _Codec] | None = None


def _tagged() -> dict[str, _Codec]:
    """Tag -> (type, to JSON, from JSON), in the order types are tried. Built on first use:
    the Java and dataset emulations are imported only when a payload holds more than JSON."""
    global _TAGGED
    if _TAGGED is None:
        from runtime.emulated.ignition import dataset
        from runtime.emulated.java.util import Date

        _TAGGED = {  # datetime before date: a datetime is a date
            "datetime": (_dt.datetime, _dt.datetime.isoformat, _dt.datetime.fromisoformat),
            "date": (_dt.date, _dt.date.isoformat, _dt.date.fromisoformat),
            "time": (_dt.time, _dt.time.isoformat, _dt.time.fromisoformat),
            "decimal": (decimal.Decimal, str, decimal.Decimal),
            "bytes": (bytes, lambda b: base64.b64encode(b).decode("ascii"), base64.b64decode),
            "java.util.Date": (Date, Date.getTime, Date),
            "dataset": (dataset.BasicDataset, _dataset_to_json, _dataset_from_json),
            "pydataset": (dataset.PyDataSet, _dataset_to_json, _pydataset_from_json),
        }
    return _TAGGED


def _dataset_to_json(table: Any) -> dict:
    """A dataset's columns, types and rows; its cells are checked like any payload value."""
    from runtime.emulated.ignition.dataset import to_dict

    return _encode(to_dict(table), 1)


def _dataset_from_json(tree: dict) -> Any:
    from runtime.emulated.ignition.dataset import from_dict

    return from_dict(decode(tree))


def _pydataset_from_json(tree: dict) -> Any:
    from runtime.emulated.ignition.dataset import PyDataSet

    table = _dataset_from_json(tree)
    return PyDataSet.of(table._names, table._types, table._rows)  # as system.dataset.toPyDataSet does
