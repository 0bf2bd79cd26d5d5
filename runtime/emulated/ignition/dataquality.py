"""``com.inductiveautomation.ignition.common.sqltags.model.types.DataQuality``: Ignition 7.9's
quality enum, which 7.x scripts import to compare or build qualities
(``DataQuality.GOOD_DATA``, ``DataQuality.fromIntValue(410)``) and which 8.x still ships,
deprecated, beside ``QualityCode``.

Sources. The methods are those of the 7.9 and 8.1 API stubs (ignition-devs/ignition-api-7.9
and -8.1, ``sqltags/model/types``: ``fromIntValue``, ``getIntValue``, ``getName``,
``getQualityFor``, ``isGood``, ``isGoodData``, ``values``, and in 8.1 ``getQualityCode``). The
7.9 manual fixes two values (appendix, expression function ``forceQuality``: "the quality will
be GOOD (192)", and ``forceQuality({Tanks/Tank15}, 410)`` gives the disabled quality), and
IA's forum (PGriffith, "Tag quality codes in tag historian", 2022) says 8.x still converts its
codes into these legacy ones (500, 600 ...) for the historian and Vision. The full table of
names and integers is the one Cirrus Link's Sparkplug modules for Ignition 7.x mirror
(``com.cirruslink.sparkplug.message.model.DataQuality``, the same constant names and values);
no page of the manual lists it whole.

``getQualityCode()`` (8.x) maps a legacy constant to the 8.x code of the same meaning where
the names say the same thing (``NOT_FOUND`` -> ``Bad_NotFound``, ``STALE`` -> ``Bad_Stale``,
``EXPRESSION_EVAL_ERROR`` -> ``Error_ExpressionEval`` ...); the OPC-specific ones without an
8.x twin (device or sensor failure, out of service ...) map to the plain code of their level
(``Bad``, ``Uncertain``). That correspondence is read off the two tables, not documented by
Ignition. ``isGood()`` is true for the good level (192, 216, 320, 700), as the 8.x twin says.
``worstOf``, ``getLevel`` and ``getDescription`` are not emulated: their ordering and texts
are not published.
"""
from __future__ import annotations

from typing import Any

from runtime.emulated.ignition.qualified import Quality

#: name -> (integer value, the 8.x QualityCode of the same meaning)
TABLE: dict[str, tuple[int, str]] = {
    "OPC_BAD_DATA": (0, "Bad"),
    "OPC_CONFIG_ERROR": (4, "Error_Configuration"),
    "OPC_NOT_CONNECTED": (8, "Bad_NotConnected"),
    "OPC_DEVICE_FAILURE": (12, "Bad"),
    "OPC_SENSOR_FAILURE": (16, "Bad"),
    "OPC_BAD_SHOWING_LAST": (20, "Uncertain_LastKnownValue"),
    "OPC_COMM_FAIL": (24, "Bad_NotConnected"),
    "OPC_OUT_OF_SERVICE": (28, "Bad_Disabled"),
    "OPC_WAITING": (32, "Uncertain_InitialValue"),
    "OPC_UNCERTAIN": (64, "Uncertain"),
    "OPC_UNCERTAIN_SHOWING_LAST": (68, "Uncertain_LastKnownValue"),
    "OPC_SENSOR_BAD": (80, "Uncertain"),
    "OPC_LIMIT_EXCEEDED": (84, "Uncertain_EngineeringUnitsExceeded"),
    "OPC_SUB_NORMAL": (88, "Uncertain_DataSubNormal"),
    "OPC_UNKNOWN": (256, "Uncertain"),
    "GOOD_DATA": (192, "Good"),
    "OPC_GOOD_WITH_LOCAL_OVERRIDE": (216, "Good"),
    "CONFIG_ERROR": (300, "Error_Configuration"),
    "COMM_ERROR": (301, "Bad_NotConnected"),
    "EXPRESSION_EVAL_ERROR": (310, "Error_ExpressionEval"),
    "SQL_QUERY_ERROR": (311, "Error_DatabaseQuery"),
    "DB_CONN_ERROR": (312, "Bad_DatabaseNotConnected"),
    "GOOD_PROVISIONAL": (320, "Good_Provisional"),
    "TAG_EXEC_ERROR": (330, "Error_TagExecution"),
    "TYPE_CONVERSION_ERROR": (340, "Error_TypeConversion"),
    "ACCESS_DENIED": (403, "Bad_AccessDenied"),
    "NOT_FOUND": (404, "Bad_NotFound"),
    "REFERENCE_NOT_FOUND": (405, "Bad_ReferenceNotFound"),
    "DISABLED": (410, "Bad_Disabled"),
    "STALE": (500, "Bad_Stale"),
    "UNKNOWN": (600, "Uncertain"),
    "WRITE_PENDING": (700, "Good_WritePending"),
    "DEMO_EXPIRED": (900, "Bad_TrialExpired"),
    "GW_COMM_OFF": (901, "Bad_GatewayCommOff"),
    "TAG_LIMIT_EXCEEDED": (902, "Bad_LicenseExceeded"),
    "AGGREGATE_NOT_FOUND": (1000, "Bad_AggregateNotFound"),
}


class DataQuality:
    """One constant of the 7.9 enum: ``DataQuality.STALE.getIntValue()`` is 500,
    ``DataQuality.fromIntValue(192) is DataQuality.GOOD_DATA``; ``str()`` is the constant's
    name, as a Java enum prints."""

    __slots__ = ("_name", "_value", "_ordinal")
    __module__ = "com.inductiveautomation.ignition.common.sqltags.model.types"
    __qualname__ = "DataQuality"

    def __init__(self, name: str, value: int, ordinal: int) -> None:
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_value", value)
        object.__setattr__(self, "_ordinal", ordinal)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("DataQuality constants are read-only")

    def getIntValue(self) -> int:
        return self._value

    def getName(self) -> str:
        return self._name

    def name(self) -> str:
        return self._name

    def ordinal(self) -> int:
        return self._ordinal

    def getQualityCode(self) -> Quality:
        """The 8.x ``QualityCode`` of the same meaning (see the module's docstring)."""
        return Quality(TABLE[self._name][1])

    def isGood(self) -> bool:
        return self.getQualityCode().isGood()

    isGoodData = isGood

    def isOpcBadData(self) -> bool:
        """A bad quality of the OPC band (below 192, not uncertain)."""
        return self._value < 64

    isOPCBadData = isOpcBadData  # the 7.9 spelling

    intValue = property(getIntValue)
    good = property(isGood)
    qualityCode = property(getQualityCode)

    @staticmethod
    def fromIntValue(value: Any) -> "DataQuality":
        """The constant with this integer; an unknown integer is ``UNKNOWN`` (600)."""
        return _BY_VALUE.get(value, _BY_NAME["UNKNOWN"]) if isinstance(value, int) else _BY_NAME["UNKNOWN"]

    getQualityFor = fromIntValue

    @staticmethod
    def valueOf(name: Any) -> "DataQuality":
        found = _BY_NAME.get(name) if isinstance(name, str) else None
        if found is None:
            from runtime.emulated.java._throwables import IllegalArgumentException

            raise IllegalArgumentException(
                "No enum constant com.inductiveautomation.ignition.common.sqltags.model.types."
                "DataQuality.%s" % name)
        return found

    @staticmethod
    def values() -> list:
        return list(_BY_NAME.values())

    def compareTo(self, other: "DataQuality") -> int:
        return self._ordinal - other._ordinal

    def toString(self) -> str:
        return self._name

    def __str__(self) -> str:
        return self._name

    __repr__ = __str__

    def __reduce__(self) -> tuple:  # a constant stays itself through copy/deepcopy
        return (DataQuality.valueOf, (self._name,))


_BY_NAME: dict[str, DataQuality] = {}
for _ordinal, (_name, (_value, _code)) in enumerate(TABLE.items()):
    _BY_NAME[_name] = DataQuality(_name, _value, _ordinal)
    setattr(DataQuality, _name, _BY_NAME[_name])
_BY_VALUE: dict[int, DataQuality] = {constant.getIntValue(): constant for constant in _BY_NAME.values()}
