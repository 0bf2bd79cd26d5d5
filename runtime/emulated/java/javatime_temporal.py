"""java.time.temporal for Jython scripts: ChronoUnit (``ChronoUnit.DAYS.between(a, b)``,
``truncatedTo(ChronoUnit.HOURS)``) and UnsupportedTemporalTypeException."""

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jtemporal import ChronoUnit, UnsupportedTemporalTypeException

__all__ = ["ChronoUnit", "UnsupportedTemporalTypeException"]

__getattr__ = _missing("java.time.temporal")
