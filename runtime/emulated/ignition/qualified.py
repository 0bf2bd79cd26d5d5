"""Qualified values, as Ignition hands them to scripts: a value with a quality and a timestamp.

``system.tag.readBlocking`` (8.x), ``system.tag.read``/``readAll`` (7.9) and
``system.opc.readValue`` return ``QualifiedValue`` objects; writes return ``QualityCode`` objects
(here ``Quality``). Jython scripts use the Java getters and their bean-property forms alike,
so both are provided: ``qv.value``/``qv.getValue()``, ``qv.quality.isGood()``/``qv.quality.good``.

Both classes are small and immutable, their state in private slots (scripts cannot read ``_x``
of host objects); the timestamp is handed out as a fresh ``java.util.Date`` on every read.
"""
from __future__ import annotations

from typing import Any

from runtime.core.jtext import java_value
from runtime.emulated.java.util import Date

#: Ignition 8.x quality codes (``QualityCode.getCode()``), from the 8.1 manual's "Quality Codes
#: and Overlays" table; the level is the name's prefix.
CODES: dict[str, int] = {
    "Good_Unspecified": 0, "Good_WritePending": 2, "Good": 192, "Good_Provisional": 200,
    "Good_Initial": 201, "Good_Overload": 202, "Good_Backfill": 203,
    "Uncertain": 1073742080, "Uncertain_LastKnownValue": 1073742081,
    "Uncertain_InitialValue": 1073742082, "Uncertain_DataSubNormal": 1073742083,
    "Uncertain_EngineeringUnitsExceeded": 1073742084, "Uncertain_IncompleteOperation": 1073742085,
    "Bad": -2147483136, "Bad_Unauthorized": -2147483135, "Bad_AccessDenied": -2147483134,
    "Bad_Disabled": -2147483133, "Bad_Stale": -2147483132, "Bad_TrialExpired": -2147483131,
    "Bad_LicenseExceeded": -2147483130, "Bad_NotFound": -2147483129,
    "Bad_ReferenceNotFound": -2147483128, "Bad_AggregateNotFound": -2147483127,
    "Bad_NotConnected": -2147483126, "Bad_GatewayCommOff": -2147483125,
    "Bad_OutOfRange": -2147483124, "Bad_DatabaseNotConnected": -2147483123,
    "Bad_ReadOnly": -2147483122, "Bad_Failure": -2147483121, "Bad_Unsupported": -2147483120,
    "Error": -1073741056, "Error_Configuration": -1073741055, "Error_ExpressionEval": -1073741054,
    "Error_TagExecution": -1073741053, "Error_TypeConversion": -1073741052,
    "Error_DatabaseQuery": -1073741051, "Error_IO": -1073741050, "Error_TimeoutExpired": -1073741049,
    "Error_Exception": -1073741048, "Error_InvalidPathSyntax": -1073741047,
    "Error_Formatting": -1073741046, "Error_ScriptEval": -1073741045,
    "Error_CycleDetected": -1073741044,
}


_NAMES = {code: name for name, code in CODES.items()}


class Quality:
    """A quality code, ``com.inductiveautomation.ignition.common.model.values.QualityCode``
    (7.9 scripts use the same ``isGood()``/``name``). Scripts compare with its static fields
    (``qv.quality == QualityCode.Bad_NotFound``) and build one from a number
    (``QualityCode(192)``, ``QualityCode.getQualityFor(code)``).

    ``str(q)`` is the code's name ("Good", "Bad_NotFound"), as Ignition prints it; a code with a
    diagnostic message prints it too, ``Bad_Failure("tag 'T' already exists")``.
    """

    __slots__ = ("_name", "_diagnostic")
    __module__ = "com.inductiveautomation.ignition.common.model.values"
    __qualname__ = "QualityCode"

    def __init__(self, name: Any, diagnostic: str | None = None) -> None:
        if isinstance(name, int) and not isinstance(name, bool) and name in _NAMES:
            name = _NAMES[name]
        if name not in CODES:
            raise ValueError(f"unknown quality code {name!r}")
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_diagnostic", diagnostic)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("quality codes are read-only")

    def getName(self) -> str:
        return self._name

    def getCode(self) -> int:
        return CODES[self._name]

    def getDiagnosticMessage(self) -> str | None:
        return self._diagnostic

    @staticmethod
    def getQualityFor(code: int) -> "Quality":
        """The quality of a numeric code (an unknown one is Bad, as Ignition's lookup falls back)."""
        return Quality(_NAMES.get(code, "Bad"))

    def derive(self, diagnosticMessage: str) -> "Quality":
        """The same code with a diagnostic message."""
        return Quality(self._name, diagnosticMessage)

    def getLevel(self) -> str:
        """"Good", "Uncertain", "Bad" or "Error"."""
        return self._name.partition("_")[0]

    def isGood(self) -> bool:
        return self.getLevel() == "Good"

    def isBad(self) -> bool:
        return self.getLevel() == "Bad"

    def isUncertain(self) -> bool:
        return self.getLevel() == "Uncertain"

    def isError(self) -> bool:
        return self.getLevel() == "Error"

    def isNotGood(self) -> bool:
        return not self.isGood()

    def isGoodOrUncertain(self) -> bool:
        return self.getLevel() in ("Good", "Uncertain")

    name = property(getName)
    code = property(getCode)
    diagnosticMessage = property(getDiagnosticMessage)
    level = property(getLevel)
    good = property(isGood)
    bad = property(isBad)
    uncertain = property(isUncertain)
    error = property(isError)

    def toString(self) -> str:
        return self._name if self._diagnostic is None else '%s("%s")' % (self._name, self._diagnostic)

    def __str__(self) -> str:
        return self.toString()

    __repr__ = __str__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Quality) and other._name == self._name

    def __hash__(self) -> int:
        return hash(self._name)


for _name in CODES:  # the static fields: QualityCode.Good, QualityCode.Bad_NotFound ...
    setattr(Quality, _name, Quality(_name))


class QualifiedValue:
    """A value with its quality and timestamp (epoch milliseconds, handed out as a Date):
    ``com.inductiveautomation.ignition.common.model.values.BasicQualifiedValue``, which scripts
    also build, ``BasicQualifiedValue(value[, quality[, timestamp]])`` (Good and now by default)."""

    __slots__ = ("_value", "_quality", "_millis")
    __module__ = "com.inductiveautomation.ignition.common.model.values"
    __qualname__ = "BasicQualifiedValue"

    def __init__(self, value: Any, quality: Quality | None = None, millis: Any = None) -> None:
        if quality is not None and not isinstance(quality, Quality):
            raise TypeError("BasicQualifiedValue(): quality must be a QualityCode")
        if millis is None:
            millis = Date().getTime()
        elif isinstance(millis, Date):
            millis = millis.getTime()
        object.__setattr__(self, "_value", java_value(value))  # a Java String: unicode to scripts
        object.__setattr__(self, "_quality", Quality("Good") if quality is None else quality)
        object.__setattr__(self, "_millis", millis)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("qualified values are read-only")

    def getValue(self) -> Any:
        return self._value

    def getQuality(self) -> Quality:
        return self._quality

    def getTimestamp(self) -> Date:
        return Date(self._millis)

    value = property(getValue)
    quality = property(getQuality)
    timestamp = property(getTimestamp)

    def toString(self) -> str:
        return "[%s, %s, %s]" % (self._value, self._quality, self.getTimestamp())

    def __str__(self) -> str:
        return self.toString()

    __repr__ = __str__
