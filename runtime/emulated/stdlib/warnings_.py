"""Python 2's ``warnings`` as Jython 2.7 runs it: ``warn`` prints
``file.py:3: UserWarning: text`` and the source line to ``sys.stderr`` (here the script's output,
as Ignition's gateway captures a script's ``stderr`` into its log), once per place by default;
``DeprecationWarning``/``PendingDeprecationWarning`` are ignored unless a filter asks for them
(Python 2.7's default filters). ``simplefilter``/``filterwarnings``/``resetwarnings`` and
``catch_warnings(record=True)`` work as in Jython, with one difference kept on purpose: the filters
and the "already shown" registry belong to the running script (``ScriptContext.warnings``), where
Jython shares them across the whole gateway; one script's ``simplefilter('error')`` cannot turn
another project's warnings into exceptions.
"""
from __future__ import annotations

import sys
from typing import Any

import regex

from runtime.core.context import current, write_output
from runtime.core.regexrun import TimedPattern
from runtime.emulated.stdlib import _frames
from runtime.emulated.stdlib.scriptpath import shown

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

#: Python 2.7's default filters (``warnings.filters`` at startup, Jython's too)
_DEFAULT_FILTERS = (("ignore", None, DeprecationWarning, None, 0),
                    ("ignore", None, PendingDeprecationWarning, None, 0),
                    ("ignore", None, ImportWarning, None, 0),
                    ("ignore", None, BytesWarning, None, 0))


class _State:
    """One script run's filters, its "already shown" registries (per module, and ``once``'s)
    and, inside ``catch_warnings(record=True)``, the list recording what ``warn`` would print."""

    __slots__ = ("filters", "registries", "once", "record")

    def __init__(self) -> None:
        self.filters: list[tuple] = list(_DEFAULT_FILTERS)
        self.registries: dict[str, dict] = {}  # a module's ``__warningregistry__``
        self.once: dict[tuple, int] = {}
        self.record: list | None = None


def _state() -> _State:
    ctx = current()
    if ctx.warnings is None:
        ctx.warnings = _State()
    return ctx.warnings


class WarningMessage:
    """What ``catch_warnings(record=True)`` records: ``message`` (the Warning instance),
    ``category``, ``filename``, ``lineno``, ``file``, ``line``, as Python 2.7 names them."""

    __slots__ = ("message", "category", "filename", "lineno", "file", "line")

    def __init__(self, message: Any, category: type, filename: str, lineno: int,
                 file: Any = None, line: Any = None) -> None:
        self.message, self.category, self.filename = message, category, filename
        self.lineno, self.file, self.line = lineno, file, line

    def __str__(self) -> str:
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self.category.__name__, self.filename, self.lineno, self.line))


def _check_category(category: Any) -> type:
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    return category


def _check_action(action: Any) -> str:
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    return action


def _lineno(lineno: Any) -> int:
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    return lineno


def _add(entry: tuple, append: Any) -> None:
    filters = _state().filters  # as Python 2.7: no deduplication (3.x removes an equal entry)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def simplefilter(action: Any, category: Any = Warning, lineno: Any = 0, append: Any = 0) -> None:
    """``warnings.simplefilter('ignore')``: one filter for every message of ``category``."""
    _add((_check_action(action), None, _check_category(category), None, _lineno(lineno)), append)


def filterwarnings(action: Any, message: Any = "", category: Any = Warning, module: Any = "",
                   lineno: Any = 0, append: Any = 0) -> None:
    """``warnings.filterwarnings('ignore', 'old.*', DeprecationWarning)``: ``message`` and
    ``module`` are regular expressions matched at the start (``message`` ignoring case), under
    the script's time budget (a backtracking pattern stops at the deadline)."""
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    _add((_check_action(action), TimedPattern(message, regex.I), _check_category(category),
          TimedPattern(module), _lineno(lineno)), append)


def resetwarnings() -> None:
    """Clear every filter, the default ones too (as Python 2.7 does)."""
    _state().filters[:] = []


def formatwarning(message: Any, category: Any, filename: Any, lineno: Any, line: Any = None) -> str:
    """``file.py:3: UserWarning: text`` and the source line indented, as Jython prints it."""
    text = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _frames.source_line(filename, lineno) if isinstance(lineno, int) else None
    if line and line.strip():
        text += "  %s\n" % line.strip()
    return text


def showwarning(message: Any, category: Any, filename: Any, lineno: Any, file: Any = None,
                line: Any = None) -> None:
    """Print the warning into the script's output (its ``sys.stderr``)."""
    text = formatwarning(message, category, filename, lineno, line)
    if file is not None:
        file.write(text)
    else:
        write_output(text)


def _where(stacklevel: Any) -> tuple[str, int, str]:
    """The script file, line and module name ``stacklevel`` script frames up from ``warn``."""
    frame = _frames._script_frame(sys._getframe(2))
    for _ in range(max(int(stacklevel), 1) - 1):
        if frame is None or _frames._script_frame(frame.f_back) is None:
            break
        frame = _frames._script_frame(frame.f_back)
    if frame is None:
        return "sys", 1, "sys"
    return shown(frame.f_code.co_filename), frame.f_lineno, str(frame.f_globals.get("__name__", "?"))


def _action(state: _State, text: str, category: type, module: str, lineno: int) -> str:
    for action, message, cat, mod, line in state.filters:
        if ((message is None or message.match(text)) and issubclass(category, cat)
                and (mod is None or mod.match(module)) and (line == 0 or line == lineno)):
            return action
    return "default"


def warn(message: Any, category: Any = None, stacklevel: Any = 1) -> None:
    """``warnings.warn('old api')``: print it (or raise it, ignore it, record it) as the
    script's filters say; by default once per module, line, text and category."""
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not isinstance(category, type):
        raise TypeError("issubclass() arg 1 must be a class")
    if not issubclass(category, Warning):
        raise AssertionError()
    filename, lineno, module = _where(stacklevel)
    registry = _state().registries.setdefault(module, {})
    warn_explicit(message, category, filename, lineno, module, registry)


def warn_explicit(message: Any, category: Any, filename: Any, lineno: Any, module: Any = None,
                  registry: Any = None, module_globals: Any = None) -> None:
    """``warn`` with the place given: Python 2.7's ``warn_explicit`` step by step (the
    registry is consulted before the filters, so a warning shown once at a place stays quiet
    there even under ``simplefilter('always')``, as in Jython)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    state = _state()
    action = _action(state, text, category, module, lineno)
    if action == "ignore":
        registry[key] = 1
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        if state.once.get((text, category)):
            return
        state.once[(text, category)] = 1
    elif action == "module":
        registry[key] = 1
        if registry.get((text, category, 0)):
            return
        registry[(text, category, 0)] = 1
    elif action == "default":
        registry[key] = 1
    if state.record is not None:
        state.record.append(WarningMessage(message, category, filename, lineno))
    else:
        showwarning(message, category, filename, lineno)


class catch_warnings:
    """``with warnings.catch_warnings(record=True) as w:``: the filters set inside are undone
    on leaving; with ``record`` the warnings go into the list ``w`` instead of the output."""

    __slots__ = ("_record", "_saved")

    def __init__(self, record: Any = False, module: Any = None) -> None:
        self._record = bool(record)
        self._saved: tuple | None = None

    def __enter__(self) -> list | None:
        if self._saved is not None:
            raise RuntimeError("Cannot enter %r twice" % self)
        state = _state()
        self._saved = (list(state.filters), state.record)
        if self._record:
            state.record = []
            return state.record
        return None

    def __exit__(self, *exc_info: Any) -> None:
        if self._saved is None:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        state = _state()
        state.filters[:], state.record = self._saved

    def __repr__(self) -> str:
        return "catch_warnings(record=True)" if self._record else "catch_warnings()"
