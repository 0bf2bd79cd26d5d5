"""``system.print``: printing from a Vision client (Ignition 7.9 / 8.1 manual signatures).

A simulated client has printers (``ui(session).printers``, one named "Default Printer" unless a
test sets them) but no paper: ``createPrintJob(component).print()`` records
``("print", component path, settings)`` on the session's screen. ``createImage`` gives an image
the component's size and ``printToImage`` writes it as a PNG in the gateway's files folder; shim
cannot paint a component, so the pixels are its background colour (``runtime.backends.images``).
These functions exist only in Vision clients, as in Ignition.
"""
from __future__ import annotations

from typing import Any

from runtime.backends.files import files_root, resolve
from runtime.backends.filesquota import write_file
from runtime.backends.images import BufferedImage, png, snapshot
from runtime.backends.scopes import require_client
from runtime.backends.ui import SessionUI, ui
from runtime.backends.vision import Component

__all__ = ["createImage", "createPrintJob", "getDefaultPrinterName", "getPrinterNames", "printToImage"]

#: A print job's settings and their defaults (manual, ``system.print.createPrintJob``).
SETTINGS = {
    "showPrintDialog": True, "printerName": None, "orientation": 0, "fitToPage": True, "zoomFactor": -1.0,
    "pageWidth": 8.5, "pageHeight": 11.0, "leftMargin": 0.75, "rightMargin": 0.75, "topMargin": 0.75,
    "bottomMargin": 0.75,
}


class PrintJob:
    """What ``createPrintJob`` returns: bean properties (``job.fitToPage = False`` or
    ``job.setFitToPage(False)``), ``setMargins(m)``, and ``print()``."""

    __slots__ = ("_screen", "_ctx", "_component", "_settings")
    __shim_writable__ = True  # scripts set its properties (it refuses unknown names itself)

    def __init__(self, screen: SessionUI, ctx: Any, component: Component) -> None:
        object.__setattr__(self, "_screen", screen)
        object.__setattr__(self, "_ctx", ctx)
        object.__setattr__(self, "_component", component)
        object.__setattr__(self, "_settings", dict(SETTINGS))

    def __setattr__(self, name: str, value: Any) -> None:
        if name not in SETTINGS:
            raise AttributeError(f"PrintJob has no property '{name}' (properties: {', '.join(SETTINGS)})")
        if name == "printerName" and value is not None and value not in self._screen.printers:
            raise ValueError(f"no printer named {value!r} (printers: {', '.join(self._screen.printers)})")
        self._settings[name] = value

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name in SETTINGS:
            return self._settings[name]
        for prefix in ("set", "get", "is"):
            key = name[len(prefix):][:1].lower() + name[len(prefix) + 1:]
            if name.startswith(prefix) and key in SETTINGS:
                if prefix == "set":
                    return lambda value: self.__setattr__(key, value)
                return lambda: self._settings[key]
        raise AttributeError(f"PrintJob has no attribute '{name}'")

    def setMargins(self, margins) -> None:
        for side in ("leftMargin", "rightMargin", "topMargin", "bottomMargin"):
            self._settings[side] = margins

    def print(self) -> None:
        """Send the job to the printer: recorded on the session's screen."""
        settings = dict(self._settings)
        settings["printerName"] = settings["printerName"] or getDefaultPrinterName()
        self._screen.show(self._ctx, "print", self._component.path(), settings)

    def __repr__(self) -> str:
        return f"<PrintJob of {self._component.path()}>"


def _screen(function: str) -> tuple[SessionUI, Any]:
    ctx = require_client("print", function)
    return ui(ctx.session), ctx


def _component(function: str, component: Any) -> Component:
    if not isinstance(component, Component):
        raise TypeError(f"{function}(): component must be a component (e.g. event.source.parent)")
    return component


def createPrintJob(component) -> PrintJob:
    """A print job for a component (manual, ``system.print.createPrintJob``)."""
    screen, ctx = _screen("createPrintJob")
    return PrintJob(screen, ctx, _component("createPrintJob", component))


def createImage(component) -> BufferedImage:
    """A snapshot of a component as a ``java.awt.image.BufferedImage`` (manual,
    ``system.print.createImage``): the component's size, filled with its background."""
    _screen("createImage")
    return snapshot(_component("createImage", component))


def printToImage(component, filename=None) -> None:
    """Save an image of a component (manual, ``system.print.printToImage``) as a PNG at
    ``filename`` inside the gateway's files folder. Without a filename the client's save
    chooser asks for one (answered from the session's queue; Cancel, None, writes nothing)."""
    screen, ctx = _screen("printToImage")
    image = snapshot(_component("printToImage", component))
    if filename is None:
        filename = screen.ask(ctx, "printToImage", (component.path(),), None)
        if filename is None:
            return
    root = files_root(ctx.gateway)
    root.mkdir(parents=True, exist_ok=True)
    path = resolve(root, "printToImage", filename)
    if not path.parent.is_dir():
        raise IOError(f"java.io.FileNotFoundException: {filename} (No such file or directory)")
    write_file(ctx.gateway, "printToImage", path, filename, png(image))  # within gateway.json filesQuota
    screen.show(ctx, "printToImage", component.path(), filename)


def getPrinterNames() -> list:
    """The client machine's printers (manual, ``system.print.getPrinterNames``)."""
    screen, _ctx = _screen("getPrinterNames")
    return list(screen.printers)


def getDefaultPrinterName():
    """The default printer, or None when there is none (manual, ``getDefaultPrinterName``)."""
    screen, _ctx = _screen("getDefaultPrinterName")
    return screen.printers[0] if screen.printers else None
