"""java.time.format for Jython scripts: DateTimeFormatter (``ofPattern``, the ISO_* constants)
and DateTimeParseException, as ``_jtimefmt`` implements them."""

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jtemporal import DateTimeParseException
from runtime.emulated.java._jtimefmt import DateTimeFormatter

__all__ = ["DateTimeFormatter", "DateTimeParseException"]

__getattr__ = _missing("java.time.format")
