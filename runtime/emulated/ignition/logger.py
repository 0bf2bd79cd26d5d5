"""Ignition's script logger, ``com.inductiveautomation.ignition.common.util.LoggerEx``: what
``system.util.getLogger(name)`` and ``LogUtil.getLogger(name)`` return, one class for both, so
``isinstance(system.util.getLogger("x"), LoggerEx)`` holds as in Ignition 8.x.

trace/debug/info/warn/error (and 7.9 log4j's ``fatal``), the ``*f`` variants formatted with
Java's ``String.format`` (``%,d``, ``%2$s``, ``%b``; a Python ``True`` prints ``true``, ``None``
``null``), and the ``is*Enabled`` tests. A second argument to the plain methods is the throwable
whose text Ignition appends. Records go to the gateway log tagged with where the script runs; the
level is INFO, as Ignition's default, so trace and debug are not recorded (8.1 manual,
``system.util.getLogger``).
"""
from __future__ import annotations

from typing import Any

from runtime.core.context import current
from runtime.emulated.java._jclass import JavaClass, JavaObject
from runtime.emulated.java._jstr import to_string
from runtime.emulated.java._string import formatted
from runtime.emulated.stdlib import _host

#: Ignition's log levels, lowest first.
LEVELS = {"TRACE": 0, "DEBUG": 1, "INFO": 2, "WARN": 3, "ERROR": 4, "FATAL": 5}


def logging_levels(gateway: Any) -> dict[str, int]:
    """The gateway's logger levels by logger name ("" is the root logger), as its logging
    settings hold them: ``system.util.setLoggingLevel`` and ``--log-level`` write here."""
    return gateway.service("logging-levels", lambda _gateway: {})


def _thrown_text(thrown: Any) -> str:
    """What the log shows under a record for its throwable: a caught exception's traceback
    through the script's own lines (as Ignition prints a throwable's stack trace), else its text."""
    if isinstance(thrown, BaseException) and thrown.__traceback__ is not None:
        try:
            return _host.hook("script_error")(thrown)
        except _host.HostRefused:
            pass
    return str(thrown)


class LoggerEx(JavaObject):
    """A named logger writing to the running context's log (Ignition's levels and methods)."""

    __slots__ = ("_name",)
    __module__ = "com.inductiveautomation.ignition.common.util"
    _LEVELS = LEVELS

    def __init__(self, name: str) -> None:
        self._name = name

    @property
    def _level(self) -> int:
        """The level set for this logger (or the nearest parent: ``a.b`` inherits from ``a``) by
        ``setLoggingLevel``, else the root level (``shim send --log-level``; INFO by default)."""
        levels = logging_levels(current().gateway)
        name = self._name
        while name:
            if name in levels:
                return levels[name]
            name = name.rpartition(".")[0]
        return levels.get("", LEVELS["INFO"])

    def _log(self, level: str, message: Any, thrown: tuple = ()) -> None:
        if self._LEVELS[level] >= self._level:
            ctx = current()
            text = "null" if message is None else str(message)
            if thrown and thrown[0] is not None:
                text += "\n" + _thrown_text(thrown[0])
            ctx.gateway.log.write(level, self._name, text, ctx.tag or "gateway")

    def _logf(self, level: str, fmt: Any, args: tuple) -> None:
        if self._LEVELS[level] >= self._level:
            self._log(level, formatted(to_string(fmt), args))  # java.util.Formatter, Java's errors

    def getName(self) -> str:
        return self._name

    def trace(self, message, *thrown): self._log("TRACE", message, thrown)
    def debug(self, message, *thrown): self._log("DEBUG", message, thrown)
    def info(self, message, *thrown): self._log("INFO", message, thrown)
    def warn(self, message, *thrown): self._log("WARN", message, thrown)
    def error(self, message, *thrown): self._log("ERROR", message, thrown)
    def fatal(self, message, *thrown): self._log("FATAL", message, thrown)
    def tracef(self, fmt, *args): self._logf("TRACE", fmt, args)
    def debugf(self, fmt, *args): self._logf("DEBUG", fmt, args)
    def infof(self, fmt, *args): self._logf("INFO", fmt, args)
    def warnf(self, fmt, *args): self._logf("WARN", fmt, args)
    def errorf(self, fmt, *args): self._logf("ERROR", fmt, args)
    def isTraceEnabled(self) -> bool: return self._level <= 0
    def isDebugEnabled(self) -> bool: return self._level <= 1
    def isInfoEnabled(self) -> bool: return self._level <= 2
    def isWarnEnabled(self) -> bool: return self._level <= 3
    def isErrorEnabled(self) -> bool: return self._level <= 4


class LogUtil(metaclass=JavaClass):
    """com.inductiveautomation.ignition.common.util.LogUtil: ``LogUtil.getLogger(name)``, the
    logger ``system.util.getLogger(name)`` gives."""

    __module__ = "com.inductiveautomation.ignition.common.util"

    @staticmethod
    def getLogger(name: Any) -> LoggerEx:
        if not isinstance(name, str):
            raise TypeError("getLogger(): name must be a string, not %s" % type(name).__name__)
        return LoggerEx(name)
