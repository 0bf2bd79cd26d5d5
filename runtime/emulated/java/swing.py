"""javax.swing for Jython scripts: ``JOptionPane``'s dialogs, as a Vision client shows them.

In a Vision client (or the Designer) ``showMessageDialog``, ``showConfirmDialog`` and
``showInputDialog`` go to the same record and answer queue as ``system.gui.messageBox``/
``warningBox``/``errorBox``, ``confirm`` and ``inputBox`` (``runtime.backends.ui``): a test
queues answers with ``ui(session).answer(...)``; with none queued the simulated user presses the
default button (Yes, OK with the initial text). ``showConfirmDialog`` answers with Java's ints
(``YES_OPTION`` 0, ``NO_OPTION`` 1, ``CANCEL_OPTION`` 2); a queued True/False/None means Yes/No/
Cancel, as for ``system.gui.confirm``. On a gateway (and in Perspective) there is no screen:
every dialog raises ``java.awt.HeadlessException``, as on Ignition's headless gateway. Other
Swing classes are not emulated.
"""

from typing import Any as _Any

from runtime.core.context import current as _current
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaClass as _JavaClass
from runtime.emulated.java._jstr import to_string as _to_string
from runtime.emulated.java.awt import _screen

__all__ = ["JOptionPane"]

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
