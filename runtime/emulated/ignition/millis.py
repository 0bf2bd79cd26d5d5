"""Date values to and from epoch milliseconds, the way java.util.Date counts time.

Tags store DateTime values, and databases return date-times, as Python values; scripts get and
give ``java.util.Date``. A naive date-time (what SQLite and ``TIMESTAMP WITHOUT TIME ZONE``
columns give) is local time in the default zone, as JDBC reads it.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

from runtime.emulated.java.util import Date, TimeZone

_EPOCH = _dt.datetime(1970, 1, 1)
_UTC_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)
_MS = _dt.timedelta(milliseconds=1)


def to_millis(value: Any) -> int:
    """Epoch milliseconds of a Date, a date/date-time, or a number of milliseconds."""
    if isinstance(value, Date):
        return value.getTime()
    if isinstance(value, _dt.datetime) and value.tzinfo is not None:
        return (value - _UTC_EPOCH) // _MS
    if isinstance(value, _dt.date):
        if not isinstance(value, _dt.datetime):
            value = _dt.datetime(value.year, value.month, value.day)
        local = (value - _EPOCH) // _MS
        zone = TimeZone.getDefault()
        return local - zone.getOffset(local - zone.getOffset(local))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value)
    raise TypeError(f"expected a date, not {type(value).__name__}")


def local_datetime(millis: int) -> _dt.datetime:
    """The naive local date-time (default zone) of an instant, as JDBC sends a Timestamp."""
    return _EPOCH + _dt.timedelta(milliseconds=millis + TimeZone.getDefault().getOffset(millis))
