"""``xml.dom.minidom``: parsing through defusedxml (no external entities, no entity expansion
bombs, no DTD fetching), documents built with ``Document()``/``createElement``, and
``toxml``/``toprettyxml``. ``parse(path)`` reads inside the gateway's files folder only."""
from __future__ import annotations

from typing import Any
from xml.dom import minidom as _minidom

from defusedxml import minidom as _defused

from runtime.emulated.stdlib._host import resolve as _resolve

Document = _minidom.Document
Element = _minidom.Element
Node = _minidom.Node
Text = _minidom.Text
getDOMImplementation = _minidom.getDOMImplementation


def parseString(text: Any) -> Any:
    return _defused.parseString(text)


def parse(file: Any) -> Any:
    if isinstance(file, str):
        return _defused.parse(str(_resolve("parse", file)))
    return _defused.parse(file)
