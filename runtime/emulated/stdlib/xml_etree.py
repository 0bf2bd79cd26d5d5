"""``xml.etree.ElementTree`` (and ``cElementTree``): parsing through defusedxml, building with
``Element``/``SubElement``, ``tostring`` returning a str as in Python 2. Elements are the
script's to change (``e.text = ...``, ``e.set(...)``). ``parse(path)`` and ``ElementTree.write``
work inside the gateway's files folder only."""
from __future__ import annotations

import io as _io
import xml.etree.ElementTree as _ET
from typing import Any

from defusedxml.ElementTree import DefusedXMLParser as _Parser

from runtime.emulated.stdlib._host import claim as _claim, growth as _growth, resolve as _resolve

ParseError = _ET.ParseError
QName = _ET.QName
iselement = _ET.iselement


class Element(_ET.Element):
    """An element a script may change (text, tail, attributes of the instance)."""

    __shim_writable__ = True


def SubElement(parent: Any, tag: str, attrib: dict | None = None, **extra: Any) -> Element:
    return _ET.SubElement(parent, tag, dict(attrib or {}), **extra)


def _parser() -> _Parser:
    return _Parser(target=_ET.TreeBuilder(element_factory=Element))


def fromstring(text: Any) -> Element:
    parser = _parser()
    parser.feed(text)
    return parser.close()


XML = fromstring


def tostring(element: Any, encoding: str | None = None, method: str | None = None) -> str:
    """Python 2's ``tostring``: a str; with an encoding other than ASCII/UTF-8 it starts with
    the XML declaration, as Python 2 writes it."""
    data = _ET.tostring(element, encoding=encoding or "us-ascii", method=method)
    return data.decode(encoding or "us-ascii")


class ElementTree(_ET.ElementTree):
    __shim_writable__ = True

    def parse(self, source: Any, parser: Any = None) -> Element:
        root = parse(source).getroot()
        self._setroot(root)
        return root

    def write(self, file: Any, encoding: str = "us-ascii", xml_declaration: Any = None,
              default_namespace: Any = None, method: Any = None) -> None:
        if not isinstance(file, str):  # a file object: its own writes are checked
            _ET.ElementTree.write(self, file, encoding=encoding, xml_declaration=xml_declaration,
                                  default_namespace=default_namespace, method=method)
            return
        path = _resolve("write", file)
        text = str(encoding).lower() == "unicode"
        out = _io.StringIO() if text else _io.BytesIO()  # whole first: a write past gateway.json's
        _ET.ElementTree.write(self, out, encoding=encoding, xml_declaration=xml_declaration,  # filesQuota
                              default_namespace=default_namespace, method=method)  # leaves the file as it was
        data = out.getvalue().encode("utf-8") if text else out.getvalue()
        _claim("write", file, _growth(path, len(data), False))
        with open(path, "wb") as handle:
            handle.write(data)


def parse(source: Any, parser: Any = None) -> ElementTree:
    path = str(_resolve("parse", source)) if isinstance(source, str) else None
    target = _parser()
    if path is not None:
        with open(path, "rb") as handle:
            target.feed(handle.read())
    else:
        target.feed(source.read())
    tree = ElementTree()
    tree._setroot(target.close())
    return tree
