"""``xml.dom.minidom``: parsing through defusedxml (no external entities, no entity expansion
bombs, no DTD fetching), documents built with ``Document()``/``createElement``, and
``toxml``/``toprettyxml``. ``parse(path)`` reads inside the gateway's files folder only.

What a parsed document hands out is Python 2's and Jython's: the parser decodes, so every tag
name, attribute name and value, and text is ``unicode`` (``u'1'``), as is ``toxml()`` of a
parsed node; a CDATA section comes back as plain text, as Jython's parser reports it;
``attributes.keys()`` is a list. A document the script builds itself keeps the ``str`` values it
was given (``toxml()`` is then a ``str``), as in Python 2.
"""
from __future__ import annotations

from typing import Any
from xml.dom import minidom as _minidom

from defusedxml import minidom as _defused

from runtime.core.jtext import java_text
from runtime.emulated.stdlib._host import resolve as _resolve

Node = _minidom.Node
Text = _minidom.Text
getDOMImplementation = _minidom.getDOMImplementation


class _NamedNodeMap(_minidom.NamedNodeMap):
    """``element.attributes``: Python 2's mapping methods give lists."""

    __slots__ = ()

    def keys(self) -> list:
        return list(super().keys())

    def values(self) -> list:
        return list(super().values())

    def items(self) -> list:
        return list(super().items())


class _Py2Text:
    """``toxml``/``toprettyxml`` as Python 2 returns them: unicode once any piece is (a parsed
    node's are)."""

    __slots__ = ()

    def toxml(self, encoding: Any = None, standalone: Any = None) -> Any:
        return _typed(self, super().toxml(encoding, standalone))  # type: ignore[misc]

    def toprettyxml(self, indent: str = "\t", newl: str = "\n", encoding: Any = None,
                    standalone: Any = None) -> Any:
        return _typed(self, super().toprettyxml(indent, newl, encoding, standalone))  # type: ignore[misc]


class Element(_Py2Text, _minidom.Element):
    __slots__ = ()
    __module__ = "xml.dom.minidom"

    @property
    def attributes(self) -> _NamedNodeMap:
        self._ensure_attributes()
        return _NamedNodeMap(self._attrs, self._attrsNS, self)

    def writexml(self, writer: Any, indent: str = "", addindent: str = "", newl: str = "") -> None:
        """Attributes in name order, as Python 2's minidom writes them (3.8 keeps source order)."""
        written = self._attrs
        if written:
            self._attrs = dict(sorted(written.items()))
        try:
            super().writexml(writer, indent, addindent, newl)
        finally:
            self._attrs = written


class Document(_Py2Text, _minidom.Document):
    __slots__ = ()
    __module__ = "xml.dom.minidom"

    def createElement(self, tagName: str) -> Element:
        element = super().createElement(tagName)
        element.__class__ = Element
        return element


def _typed(node: Any, text: Any) -> Any:
    owner = node if node.nodeType == Node.DOCUMENT_NODE else node.ownerDocument
    return java_text(text) if isinstance(text, str) and getattr(owner, "_shim_parsed", False) else text


def _as_parsed(document: Any) -> Document:
    """A parsed document as Python 2's minidom (over expat) and Jython's hand it out."""
    document.__class__ = Document
    document._shim_parsed = True
    stack = list(document.childNodes)
    while stack:
        node = stack.pop()
        kind = node.nodeType
        if kind == Node.ELEMENT_NODE:
            node.__class__ = Element
            node.tagName = node.nodeName = java_text(node.tagName)
            if node._attrs:
                renamed = {}
                for attr in node._attrs.values():
                    attr._name = java_text(attr._name)
                    attr.value = java_text(attr.value)
                    renamed[attr._name] = attr
                node._attrs = renamed
            stack.extend(node.childNodes)
        elif kind == Node.CDATA_SECTION_NODE:
            text = document.createTextNode(java_text(node.data))
            node.parentNode.replaceChild(text, node)
        elif kind in (Node.TEXT_NODE, Node.COMMENT_NODE):
            node.data = java_text(node.data)
    return document


def _source(text: Any) -> Any:
    """A Python 2 byte string is parsed as the bytes it holds (its XML declaration, or UTF-8,
    says how to decode them); unicode text as text."""
    if type(text) is str:
        try:
            return text.encode("latin-1")
        except UnicodeEncodeError:
            return text.encode("utf-8")
    return text


def parseString(text: Any) -> Document:
    return _as_parsed(_defused.parseString(_source(text)))


def parse(file: Any) -> Document:
    if isinstance(file, str):
        return _as_parsed(_defused.parse(str(_resolve("parse", file))))
    return _as_parsed(_defused.parse(file))
