"""java.awt.datatransfer for Jython scripts: copying text to the clipboard, as Vision scripts do
(``Toolkit.getDefaultToolkit().getSystemClipboard().setContents(StringSelection(text), None)``).

``StringSelection`` and ``DataFlavor.stringFlavor`` behave as Java's (checked against the real
``jython``). The clipboard is the simulated Vision client's (``runtime.backends.ui``): what a
script copies is recorded as ``("setClipboard", text)`` and read back by ``getContents``; a
gateway has none (``java.awt.HeadlessException`` from ``getSystemClipboard``, as on a headless
JVM). Only text is emulated.
"""

from typing import Any as _Any

from runtime.core.context import current as _current
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaObject as _JavaObject
from runtime.emulated.java._throwables import Exception_ as _Exception, _declare

__all__ = ["Clipboard", "DataFlavor", "StringSelection", "UnsupportedFlavorException"]

__getattr__ = _missing("java.awt.datatransfer")

UnsupportedFlavorException = _declare("UnsupportedFlavorException", _Exception, "java.awt.datatransfer")


class DataFlavor(_JavaObject):
    """java.awt.datatransfer.DataFlavor: ``DataFlavor.stringFlavor`` (the one emulated)."""

    __slots__ = ("_name",)
    __module__ = "java.awt.datatransfer"

    def __init__(self, name: str = "Unicode String") -> None:
        self._name = name

    def getHumanPresentableName(self) -> str:
        return self._name

    def toString(self) -> str:
        return "java.awt.datatransfer.DataFlavor[mimetype=application/x-java-serialized-object;" \
               "representationclass=java.lang.String]"


DataFlavor.stringFlavor = DataFlavor()


class StringSelection(_JavaObject):
    """java.awt.datatransfer.StringSelection(text): a Transferable of one string."""

    __slots__ = ("_text",)
    __module__ = "java.awt.datatransfer"

    def __init__(self, text: _Any) -> None:
        self._text = None if text is None else str(text)

    def getTransferDataFlavors(self) -> list:
        return [DataFlavor.stringFlavor]

    def isDataFlavorSupported(self, flavor: _Any) -> bool:
        return flavor is DataFlavor.stringFlavor

    def getTransferData(self, flavor: _Any) -> str:
        if flavor is not DataFlavor.stringFlavor:
            raise UnsupportedFlavorException(str(flavor))
        return self._text


class Clipboard(_JavaObject):
    """The system clipboard of a simulated Vision client (``Toolkit.getSystemClipboard()``)."""

    __slots__ = ("_ui",)
    __module__ = "java.awt.datatransfer"

    def __init__(self, ui: _Any) -> None:
        self._ui = ui

    def setContents(self, contents: _Any, owner: _Any = None) -> None:
        text = contents.getTransferData(DataFlavor.stringFlavor)
        self._ui.clipboard = text
        self._ui.show(_current(), "setClipboard", text)

    def getContents(self, requestor: _Any = None) -> "StringSelection | None":
        return None if self._ui.clipboard is None else StringSelection(self._ui.clipboard)

    def getName(self) -> str:
        return "System"
