"""Ignition's own Java classes that scripts import (``com.inductiveautomation.*``), under their
real package paths, and the pure models shim's backends build on them.

The classes are the very ones the runtime hands to scripts: ``system.dataset``/``system.db``
return :class:`dataset.BasicDataset` and :class:`dataset.PyDataSet`, ``system.util.getLogger``
a :class:`logger.LoggerEx`, tag reads :class:`qualified.QualifiedValue` with a
:class:`qualified.Quality` (``QualityCode``), ``system.user`` the models of :mod:`schedules`;
so ``isinstance`` works both ways. ``PACKAGES`` maps each emulated Java package to the names a
script may import from it; the sandbox hands scripts read-only proxies of exactly those, and
any other name under ``com.inductiveautomation`` says "... is not emulated by shim".
"""
from __future__ import annotations

import importlib
from types import ModuleType

ROOT = "com.inductiveautomation"

#: Java package -> {class name: "module:attribute" in this package}
PACKAGES: dict[str, dict[str, str]] = {
    "com.inductiveautomation.ignition.common": {
        "BasicDataset": "dataset:BasicDataset", "Dataset": "dataset:Dataset",
        "TypeUtilities": "typeutil:TypeUtilities",
        "GenericTransferrableException": "exceptions:GenericTransferrableException",
    },
    "com.inductiveautomation.ignition.common.util": {
        "DatasetBuilder": "dataset:DatasetBuilder", "LogUtil": "logger:LogUtil",
        "LoggerEx": "logger:LoggerEx",
    },
    "com.inductiveautomation.ignition.common.script.builtin": {
        "DatasetUtilities": "dataset:DatasetUtilities",
    },
    "com.inductiveautomation.ignition.common.script": {
        "JythonExecException": "exceptions:JythonExecException",
    },
    "com.inductiveautomation.ignition.common.model.values": {
        "QualityCode": "qualified:Quality", "BasicQualifiedValue": "qualified:QualifiedValue",
        "QualifiedValue": "qualified:QualifiedValue",
    },
    "com.inductiveautomation.ignition.common.sqltags.model.types": {
        "DataQuality": "dataquality:DataQuality",
    },
    "com.inductiveautomation.ignition.common.tags.paths.parser": {
        "TagPathParser": "tagpath:TagPathParser",
    },
    "com.inductiveautomation.ignition.common.tags.paths": {"BasicTagPath": "tagpath:TagPath"},
    "com.inductiveautomation.ignition.common.tags.model": {"TagPath": "tagpath:TagPath"},
    "com.inductiveautomation.ignition.common.user.schedule": {
        "AbstractScheduleModel": "schedules:AbstractScheduleModel",
        "BasicScheduleModel": "schedules:BasicScheduleModel",
        "CompositeScheduleModel": "schedules:CompositeScheduleModel",
        "HolidayModel": "schedules:HolidayModel",
        "ScheduleAdjustment": "schedules:ScheduleAdjustment",
    },
    "com.inductiveautomation.ignition.client.gateway_interface": {
        "GatewayException": "exceptions:GatewayException",
    },
}


def is_package(dotted: str) -> bool:
    """Whether ``dotted`` is an emulated package or a package holding one (``com``,
    ``com.inductiveautomation.ignition`` ...)."""
    return dotted in PACKAGES or any(name.startswith(dotted + ".") for name in PACKAGES)


def package(dotted: str) -> ModuleType | None:
    """A module holding exactly the emulated classes of Java package ``dotted`` (``__all__``
    lists them; a package that only holds packages has none), or None if it is not emulated."""
    if not is_package(dotted):
        return None
    module = ModuleType(dotted)
    names = PACKAGES.get(dotted, {})
    for name, where in names.items():
        source, _, attr = where.partition(":")
        setattr(module, name, getattr(importlib.import_module(f"{__name__}.{source}"), attr))
    module.__all__ = sorted(names)  # type: ignore[attr-defined]
    return module
