"""How a tag's qualified value crosses between the gateway and a worker.

A ``QualifiedValue`` is a host object and never crosses as it is: it goes as
``{"value", "quality", "diagnostic", "millis"}`` (the value itself a ``runtime.messaging.wire``
value, encoded with the frame) and is rebuilt on the other side. Tag reads answer this shape
(``runtime.isolation.calls.tag_read``), and a tag change script's ``newValue``/``previousValue``
travel in it to the worker that runs the script.
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.ignition.qualified import Quality, QualifiedValue


def quality_tree(quality: Quality) -> dict:
    """A quality as it crosses: its name and diagnostic message."""
    return {"quality": quality.getName(), "diagnostic": quality.getDiagnosticMessage()}


def quality_from(tree: dict) -> Quality:
    return Quality(str(tree["quality"]), tree.get("diagnostic"))


def qualified_tree(found: QualifiedValue | None) -> dict | None:
    """A qualified value as it crosses (None stays None: a first change has no previous value)."""
    if found is None:
        return None
    return dict(quality_tree(found.getQuality()), value=found.getValue(), millis=found.getTimestamp().getTime())


def qualified_from(tree: Any) -> QualifiedValue | None:
    """The qualified value ``tree`` stands for (None for None)."""
    if tree is None:
        return None
    if not isinstance(tree, dict):
        raise TypeError("a qualified value must be an object")
    return QualifiedValue(tree.get("value"), quality_from(tree), int(tree["millis"]))
