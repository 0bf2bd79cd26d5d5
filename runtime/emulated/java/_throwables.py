"""java.lang.Throwable and every Java exception class shim emulates, for all packages.

Interop mirrors Jython 2.7 (checked against the real ``jython``): a Java exception is *not* a
Python ``Exception`` (``except Exception, e`` lets a ``java.lang.RuntimeException`` through, only a
bare ``except:`` or ``except java.lang.Exception`` catches it) and a Python exception is not a
``java.lang.Exception`` (``except java.lang.Throwable`` lets a ``ValueError`` through). CPython only
raises ``BaseException`` subclasses, so ``Throwable`` derives from ``BaseException`` directly, beside
``Exception``: the one difference left is that ``except BaseException`` catches both.

``str(e)`` is Java's ``toString()`` ("java.lang.IllegalArgumentException: bad arg") and the class
``__module__`` is the Java package, so an uncaught one ends its traceback with
``java.lang.IllegalArgumentException: java.lang.IllegalArgumentException: bad arg``, as Jython's does.
"""
from __future__ import annotations

import sys
from typing import Any

from runtime.emulated.java._jclass import JavaClass, _class_of


class Throwable(BaseException, metaclass=JavaClass):
    """java.lang.Throwable: ``(message)``, ``(message, cause)`` or ``(cause)`` constructors."""

    __module__ = "java.lang"

    def __init__(self, message: Any = None, cause: Any = None) -> None:
        if cause is None and isinstance(message, Throwable):
            message, cause = message.toString(), message
        super().__init__(*(() if message is None else (message,)))
        self._message = None if message is None else str(message)
        self._cause = cause
        self._suppressed: list[Throwable] = []

    def getMessage(self) -> str | None:
        return self._message

    def getLocalizedMessage(self) -> str | None:
        return self._message

    def getCause(self) -> "Throwable | None":
        return self._cause

    def initCause(self, cause: "Throwable") -> "Throwable":
        self._cause = cause
        return self

    def addSuppressed(self, other: "Throwable") -> None:
        self._suppressed.append(other)

    def getSuppressed(self) -> list:
        return list(self._suppressed)

    def getStackTrace(self) -> list:
        """Empty: a script's frames are Python frames, never handed out as Java stack elements."""
        return []

    def fillInStackTrace(self) -> "Throwable":
        return self

    def getClass(self) -> JavaClass:
        return _class_of(self)

    def toString(self) -> str:
        name = type(self).getName()  # type: ignore[attr-defined]
        message = self.getLocalizedMessage()
        return name if message is None else "%s: %s" % (name, message)

    def printStackTrace(self, stream: Any = None) -> None:
        """Print ``toString()`` and the ``Caused by:`` chain to ``stream``, else to stderr (as Java)."""
        lines = [self.toString()]
        cause, seen = self._cause, {id(self)}
        while cause is not None and id(cause) not in seen:
            seen.add(id(cause))
            lines.append("Caused by: " + cause.toString())
            cause = getattr(cause, "_cause", None)
        for line in lines:
            if stream is None:
                sys.stderr.write(line + "\n")
            else:
                stream.println(line)

    def __str__(self) -> str:
        return self.toString()

    def __repr__(self) -> str:
        return self.toString()

    message = property(getMessage)
    localizedMessage = property(getLocalizedMessage)
    cause = property(getCause)
    stackTrace = property(getStackTrace)


def _declare(name: str, base: type, package: str) -> type:
    return JavaClass(name, (base,), {"__module__": package, "__qualname__": name,
                                     "__doc__": "%s.%s, as Java throws it." % (package, name)})


Exception_ = _declare("Exception", Throwable, "java.lang")
Error = _declare("Error", Throwable, "java.lang")
RuntimeException = _declare("RuntimeException", Exception_, "java.lang")
IllegalArgumentException = _declare("IllegalArgumentException", RuntimeException, "java.lang")
IllegalStateException = _declare("IllegalStateException", RuntimeException, "java.lang")
IllegalThreadStateException = _declare("IllegalThreadStateException", IllegalArgumentException,
                                       "java.lang")
NullPointerException = _declare("NullPointerException", RuntimeException, "java.lang")
NumberFormatException = _declare("NumberFormatException", IllegalArgumentException, "java.lang")
ArithmeticException = _declare("ArithmeticException", RuntimeException, "java.lang")
ClassCastException = _declare("ClassCastException", RuntimeException, "java.lang")
SecurityException = _declare("SecurityException", RuntimeException, "java.lang")
UnsupportedOperationException = _declare("UnsupportedOperationException", RuntimeException,
                                         "java.lang")
IndexOutOfBoundsException = _declare("IndexOutOfBoundsException", RuntimeException, "java.lang")
ArrayIndexOutOfBoundsException = _declare("ArrayIndexOutOfBoundsException",
                                          IndexOutOfBoundsException, "java.lang")
StringIndexOutOfBoundsException = _declare("StringIndexOutOfBoundsException",
                                           IndexOutOfBoundsException, "java.lang")
InterruptedException = _declare("InterruptedException", Exception_, "java.lang")
CloneNotSupportedException = _declare("CloneNotSupportedException", Exception_, "java.lang")
InstantiationException = _declare("InstantiationException", Exception_, "java.lang")

NoSuchElementException = _declare("NoSuchElementException", RuntimeException, "java.util")
EmptyStackException = _declare("EmptyStackException", RuntimeException, "java.util")
ConcurrentModificationException = _declare("ConcurrentModificationException", RuntimeException,
                                           "java.util")
IllegalFormatException = _declare("IllegalFormatException", IllegalArgumentException, "java.util")
IllegalFormatConversionException = _declare("IllegalFormatConversionException",
                                            IllegalFormatException, "java.util")
UnknownFormatConversionException = _declare("UnknownFormatConversionException",
                                            IllegalFormatException, "java.util")
MissingFormatArgumentException = _declare("MissingFormatArgumentException",
                                          IllegalFormatException, "java.util")

IOException = _declare("IOException", Exception_, "java.io")
FileNotFoundException = _declare("FileNotFoundException", IOException, "java.io")
UnsupportedEncodingException = _declare("UnsupportedEncodingException", IOException, "java.io")
EOFException = _declare("EOFException", IOException, "java.io")
UTFDataFormatException = _declare("UTFDataFormatException", IOException, "java.io")


class SandboxRefusal(SecurityException, Exception):  # type: ignore[misc, valid-type]
    """What shim's sandbox throws when a script reaches for the host (a file, the environment).

    It prints and is caught as ``java.lang.SecurityException``, and, unlike Java exceptions, it
    is also a Python ``Exception``: a refusal is shim's policy, and the runtime's ``except
    Exception`` around scripts must never miss one.
    """

    __module__ = "java.lang"
    __qualname__ = "SecurityException"


class ParseException(Exception_):  # type: ignore[misc, valid-type]
    """java.text.ParseException(message, errorOffset), thrown by SimpleDateFormat/DecimalFormat.parse."""

    __module__ = "java.text"

    def __init__(self, message: Any = None, errorOffset: int = 0) -> None:
        super().__init__(message)
        self._offset = errorOffset

    def getErrorOffset(self) -> int:
        return self._offset

    errorOffset = property(getErrorOffset)



class PatternSyntaxException(IllegalArgumentException):  # type: ignore[misc, valid-type]
    """java.util.regex.PatternSyntaxException(description, regex, index), thrown by Pattern.compile:
    its message is Java's "DESCRIPTION near index N" then the pattern on a line of its own."""

    __module__ = "java.util.regex"

    def __init__(self, description: Any, regex: Any, index: int = -1) -> None:
        text = str(description) + ("" if index < 0 else " near index %d" % index) + "\n" + str(regex)
        super().__init__(text)
        self._description, self._regex, self._index = str(description), str(regex), index

    def getDescription(self) -> str:
        return self._description

    def getPattern(self) -> str:
        return self._regex

    def getIndex(self) -> int:
        return self._index

    description = property(getDescription)
    pattern = property(getPattern)
    index = property(getIndex)


FORMAT_ERRORS = {cls.__qualname__: cls for cls in (
    IllegalFormatConversionException, UnknownFormatConversionException,
    MissingFormatArgumentException)}
