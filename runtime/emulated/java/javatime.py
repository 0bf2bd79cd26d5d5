"""java.time for Jython scripts: the date and time values Ignition 8 code builds with
``LocalDateTime.now()``, ``Instant.ofEpochMilli(date.getTime())``, ``ZonedDateTime.now(ZoneId.of(...))``
and ``Duration.between(a, b)``.

The classes live in private modules by concern (``_jlocal``, ``_jzoned``, ``_jamount``,
``_jtemporal``); ``__all__`` is exactly what scripts may import. Other names raise
:class:`NotEmulatedAttributeError` (``java.time.Year is not emulated by shim``).
"""

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jamount import Duration, Period
from runtime.emulated.java._jlocal import LocalDate, LocalDateTime, LocalTime
from runtime.emulated.java._jtemporal import DateTimeException, DayOfWeek, Month
from runtime.emulated.java._jtimefmt import DateTimeFormatter as _Formatter  # noqa: F401 (attaches parse)
from runtime.emulated.java._jzoned import Instant, ZonedDateTime, ZoneId, ZoneOffset

__all__ = ["DateTimeException", "DayOfWeek", "Duration", "Instant", "LocalDate", "LocalDateTime",
           "LocalTime", "Month", "Period", "ZoneId", "ZoneOffset", "ZonedDateTime"]

__getattr__ = _missing("java.time")
