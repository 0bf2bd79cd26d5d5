"""Tag paths as Ignition's Java API hands them to scripts: ``TagPathParser.parse(text)`` gives a
``TagPath`` (``com.inductiveautomation.ignition.common.tags.model.TagPath``, implemented by
``...tags.paths.BasicTagPath``): the provider (``getSource``), the folder/tag names and an
optional property, as the 8.1 manual's "Tag Paths" page writes them:
``[Tag Provider]folder/path/tag.property``.

Paths are immutable values; ``getParentPath``/``getChildPath`` give new ones.
"""
from __future__ import annotations

import re
from typing import Any

from runtime.emulated.java._jclass import JavaClass, JavaObject
from runtime.emulated.java._throwables import IllegalArgumentException

_PATH = re.compile(r"^\s*(?:\[([^\[\]]*)\])?([^\[\]]*)$")


class TagPath(JavaObject):
    """``[source]a/b/c.property``: ``getSource()``, ``getItemName()``, ``getPathComponent(i)``,
    ``getPathLength()``, ``getParentPath()``, ``getChildPath(name)``, ``getProperty()``,
    ``toStringFull()``/``toStringPartial()``; ``str()`` is the full path."""

    __slots__ = ("_source", "_parts", "_property")
    __module__ = "com.inductiveautomation.ignition.common.tags.paths"
    __qualname__ = "BasicTagPath"

    def __init__(self, source: Any, parts: Any = (), prop: Any = None) -> None:
        self._source = None if source is None else str(source)
        self._parts = tuple(str(p) for p in parts)
        self._property = None if prop is None else str(prop)

    def getSource(self) -> str | None:
        return self._source

    def getItemName(self) -> str | None:
        return self._parts[-1] if self._parts else None

    def getPathLength(self) -> int:
        return len(self._parts)

    def getPathComponent(self, index: int) -> str:
        return self._parts[index]

    def getFirstPathComponent(self) -> str | None:
        return self._parts[0] if self._parts else None

    def getLastPathComponent(self) -> str | None:
        return self.getItemName()

    def getProperty(self) -> str | None:
        return self._property

    def getParentPath(self) -> "TagPath | None":
        return TagPath(self._source, self._parts[:-1]) if self._parts else None

    def getChildPath(self, name: str) -> "TagPath":
        return TagPath(self._source, self._parts + (str(name),))

    def isAncestorOf(self, other: "TagPath") -> bool:
        return (isinstance(other, TagPath) and _same(other._source, self._source)
                and len(other._parts) > len(self._parts)
                and all(a.lower() == b.lower() for a, b in zip(self._parts, other._parts)))

    def toStringPartial(self) -> str:
        text = "/".join(self._parts)
        return text + ("." + self._property if self._property else "")

    def toStringFull(self) -> str:
        prefix = "" if self._source is None else "[%s]" % self._source
        return prefix + self.toStringPartial()

    def toString(self) -> str:
        return self.toStringFull()

    def _key(self) -> tuple:
        return ((self._source or "").lower(), tuple(p.lower() for p in self._parts),
                (self._property or "").lower())

    def __eq__(self, other: object) -> bool:
        """Equal paths name the same tag: Ignition's paths compare case-insensitively."""
        return isinstance(other, TagPath) and other._key() == self._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def hashCode(self) -> int:
        return hash(self._key()) & 0x7FFFFFFF

    itemName = property(getItemName)
    source = property(getSource)
    parentPath = property(getParentPath)
    pathLength = property(getPathLength)


def _same(a: str | None, b: str | None) -> bool:
    return (a or "").lower() == (b or "").lower()


class TagPathParser(metaclass=JavaClass):
    """com.inductiveautomation.ignition.common.tags.paths.parser.TagPathParser:
    ``parse(path)`` / ``parse(defaultSource, path)``; a malformed path (stray brackets) raises
    IllegalArgumentException, ``parseSafe`` gives None for it instead."""

    __module__ = "com.inductiveautomation.ignition.common.tags.paths.parser"

    @staticmethod
    def parse(*args: Any) -> TagPath:
        if len(args) not in (1, 2):
            raise TypeError("parse(): expected (path) or (defaultSource, path)")
        default, text = (None, args[0]) if len(args) == 1 else args
        if not isinstance(text, str):
            raise TypeError("parse(): path must be a string, not %s" % type(text).__name__)
        match = _PATH.match(text)
        if match is None:
            raise IllegalArgumentException("Invalid tag path: '%s'" % text)
        source = match.group(1)
        parts = [p.strip() for p in match.group(2).split("/") if p.strip()]
        prop = None
        if parts and "." in parts[-1]:
            parts[-1], _, prop = parts[-1].partition(".")
            prop = prop.strip() or None
        return TagPath(default if source is None else source.strip(), parts, prop)

    @staticmethod
    def parseSafe(*args: Any) -> TagPath | None:
        try:
            return TagPathParser.parse(*args)
        except IllegalArgumentException:
            return None
