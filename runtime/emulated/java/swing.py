"""javax.swing for Jython scripts: ``JOptionPane``'s dialogs, as a Vision client shows them.

In a Vision client (or the Designer) ``showMessageDialog``, ``showConfirmDialog`` and
``showInputDialog`` go to the same record and answer queue as ``system.gui.messageBox``/
``warningBox``/``errorBox``, ``confirm`` and ``inputBox`` (``runtime.backends.ui``): a test
queues answers with ``ui(session).answer(...)``; with none queued the simulated user presses the
default button (Yes, OK with the initial text). ``showConfirmDialog`` answers with Java's ints
(``YES_OPTION`` 0, ``NO_OPTION`` 1, ``CANCEL_OPTION`` 2); a queued True/False/None means Yes/No/
Cancel, as for ``system.gui.confirm``. On a gateway (and in Perspective) there is no screen:
every dialog raises ``java.awt.HeadlessException``, as on Ignition's headless gateway.

``SwingUtilities.invokeLater(f)`` queues ``f`` (a callable or a ``Runnable`` with ``run()``) on
the event dispatch thread: a client's UI thread, the same queue as ``system.util.invokeLater``;
on a gateway, whose headless JVM still has one, a serial queue of its own (checked against a
headless JVM, tests/java_corpus/awt_004_swing_utilities.py). ``invokeAndWait`` waits for it
(and raises, as Java does, when called on that thread); ``isEventDispatchThread`` says where
the caller runs (``runtime.execution.edt``). Other Swing classes are not emulated.
"""

from typing import Any as _Any

from runtime.core.context import current as _current
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaClass as _JavaClass
from runtime.emulated.java._jstr import to_string as _to_string
from runtime.emulated.java._throwables import Error as _Error, NullPointerException as _NPE
from runtime.emulated.java.awt import _screen
from runtime.emulated.stdlib import _host

__all__ = ["JOptionPane", "SwingConstants", "SwingUtilities"]

__getattr__ = _missing("javax.swing")

_BOXES = {0: "errorBox", 2: "warningBox"}  # ERROR_MESSAGE, WARNING_MESSAGE; others: messageBox
_ANSWERS = {True: 0, False: 1, None: 2}


def _text(value: _Any) -> str:
    return _to_string(value)


class JOptionPane(metaclass=_JavaClass):
    """javax.swing.JOptionPane's static dialogs and constants."""

    __module__ = "javax.swing"

    ERROR_MESSAGE = 0
    INFORMATION_MESSAGE = 1
    WARNING_MESSAGE = 2
    QUESTION_MESSAGE = 3
    PLAIN_MESSAGE = -1
    DEFAULT_OPTION = -1
    YES_NO_OPTION = 0
    YES_NO_CANCEL_OPTION = 1
    OK_CANCEL_OPTION = 2
    YES_OPTION = 0
    OK_OPTION = 0
    NO_OPTION = 1
    CANCEL_OPTION = 2
    CLOSED_OPTION = -1

    @staticmethod
    def showMessageDialog(parent: _Any, message: _Any, title: _Any = "Message",
                          messageType: int = 1, icon: _Any = None) -> None:
        ui = _screen()
        ui.show(_current(), _BOXES.get(messageType, "messageBox"), _text(message), _text(title))

    @staticmethod
    def showConfirmDialog(parent: _Any, message: _Any, title: _Any = "Select an Option",
                          optionType: int = 1, messageType: int = 3, icon: _Any = None) -> int:
        ui = _screen()
        answer = ui.ask(_current(), "confirm", (_text(message), _text(title)), True)
        if isinstance(answer, int) and not isinstance(answer, bool):
            return answer  # a test may queue Java's option ints too
        return _ANSWERS.get(answer, -1)

    @staticmethod
    def showInputDialog(*args: _Any) -> "str | None":
        """``(message)``, ``(message, initial)``, ``(parent, message)``, ``(parent, message,
        initial)`` or ``(parent, message, title, messageType)``: what was typed, None for Cancel."""
        if not args or len(args) > 4:
            raise TypeError("showInputDialog(): expected 1 to 4 arguments")
        if len(args) == 1:
            message, initial = args[0], ""
        elif len(args) == 2:  # (message, initial) when the first is text, else (parent, message)
            message, initial = args if isinstance(args[0], str) else (args[1], "")
        elif len(args) == 3:
            message, initial = args[1], args[2]
        else:
            message, initial = args[1], ""
        ui = _screen()
        initial = "" if initial is None else _text(initial)
        return ui.ask(_current(), "inputBox", (_text(message), initial), initial)


def _runnable(doRun: _Any) -> _Any:
    """A Runnable as Jython takes one: a callable, or an object with ``run()``."""
    if doRun is None:
        raise _NPE()
    if callable(doRun):
        return doRun
    run = getattr(doRun, "run", None)
    if not callable(run):
        raise TypeError("SwingUtilities: expected a Runnable (a function or an object with run())")
    return run


class SwingUtilities(metaclass=_JavaClass):
    """javax.swing.SwingUtilities: the event dispatch thread's ``invokeLater``/``invokeAndWait``."""

    __module__ = "javax.swing"

    @staticmethod
    def invokeLater(doRun: _Any) -> None:
        _host.hook("edt_invoke")(_current(), _runnable(doRun), False)

    @staticmethod
    def invokeAndWait(doRun: _Any) -> None:
        function = _runnable(doRun)
        ctx = _current()
        if _host.hook("edt_current")(ctx):
            raise _Error("Cannot call invokeAndWait from the event dispatcher thread")
        _host.hook("edt_invoke")(ctx, function, True)

    @staticmethod
    def isEventDispatchThread() -> bool:
        try:
            return bool(_host.hook("edt_current")(_current()))
        except _host.HostRefused:
            return False


class SwingConstants(metaclass=_JavaClass):
    """javax.swing.SwingConstants: the positions and orientations a label's alignment or a
    component's layout names (``SwingConstants.CENTER``)."""

    __module__ = "javax.swing"

    CENTER, TOP, LEFT, BOTTOM, RIGHT = 0, 1, 2, 3, 4
    NORTH, NORTH_EAST, EAST, SOUTH_EAST, SOUTH, SOUTH_WEST, WEST, NORTH_WEST = 1, 2, 3, 4, 5, 6, 7, 8
    HORIZONTAL, VERTICAL, LEADING, TRAILING, NEXT, PREVIOUS = 0, 1, 10, 11, 12, 13
