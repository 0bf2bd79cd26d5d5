"""Reader and writer of Ignition's binary XML serialization.

Ignition stores most project resources (7.x ``.proj`` ``<bytes>``, 8.x ``data.bin``) as gzip of
the binary form of its ``XMLSerializer`` output: the same element tree as the XML form
(``<objects><o cls="..."><o-c m="setName" s="1;str"><str>x</str></o-c></o></objects>``), with
every name and string value moved into a string table. The layout, reverse-engineered from 7.7-8.1
exports and checked by re-encoding them byte for byte (see tests), is, all integers big-endian:

header (48 bytes)
    16-byte magic ``98298faa43f74a4fb28dca3c4896afc9``, int32 format version (2),
    int64 save time (ms since 1970), 20 reserved bytes (zero in every export seen).
string table
    int32 count, then per entry: int32 id, an encoding byte and the string. Encoding 0 (every
    string of every export seen) is Java ``writeUTF``: uint16 length + modified UTF-8. Encoding 1
    is a string over ``writeUTF``'s 65535 bytes (format version 2 added it, per Ignition's
    ``BinaryWriter`` javadoc); no public export shows its layout, so the reader takes both a
    writer could use, told apart by the bytes that follow: the string continued in entries of
    the same id (uint16 + bytes each, the last one encoding 0), or an int32 length and the
    bytes. The writer refuses such strings rather than guess. Ids number strings in order of first use; entries are
    listed in hash order. Some binary payloads (``<method>``: class, name and parameter-type
    string ids) point into the table too, so a decoded table is kept and reused when re-encoding.
object stream
    one node. A node starts with a flags byte:

    - ``0x01`` alone: a back-reference to an earlier element's int32 object id (a repeated object).
    - otherwise int32 name id (``0x02``: two ids joined by ``-``, as in ``o-c``),
      ``0x04``: int32 object id, ``0x08``: uint8 attribute count and attributes,
      ``0x20``: text (int32 length + payload), ``0x10``: int32 child count and children.

    An attribute is an int32 name id, a kind byte and a value: ``0x08`` string id, ``0x09``
    class-name string id (``cls``), ``0x0a`` signature (uint8 count + string ids, XML
    ``s="2;O;O"``), ``0x02`` integer (``0xff`` + int32, e.g. ``len`` of ``<arraylist>``).
    Text of ``<str>`` is a 4-byte string id; every other element's text is a binary payload
    whose meaning depends on the element (``<int>``: ``0xff`` + int32, ``<date>``/``<lng>``:
    ``0xff`` + int64, ``<gzbarr>``: int32 length + gzip, ...). Those are kept verbatim as bytes.

Bad input raises :class:`runtime.core.errors.ExportError` naming the offset, never anything else.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass, field
from typing import Union

from runtime.core.errors import ExportError

MAGIC = bytes.fromhex("98298faa43f74a4fb28dca3c4896afc9")
FORMAT_VERSION = 2
#: Elements whose text is a string-table reference; every other element's text is raw bytes.
STRING_TAGS = frozenset({"str"})
#: Deepest element nesting accepted; Vision windows, the deepest real trees, stay far below it.
MAX_DEPTH = 256

_HEADER = struct.Struct(">16siq20s")
_REF, _PAIR, _OID, _ATTRS, _CHILDREN, _TEXT = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20
_KNOWN_FLAGS = _REF | _PAIR | _OID | _ATTRS | _CHILDREN | _TEXT
_ATTR_INT, _ATTR_STRING, _ATTR_CLASS, _ATTR_SIGNATURE = 0x02, 0x08, 0x09, 0x0A
_INT_MARKER = 0xFF
#: String-table entry encodings (format version 2 "changed to accommodate strings over 65k",
#: per Ignition's ``BinaryWriter`` javadoc): ``writeUTF``, or a string too long for it.
_SHORT_STRING, _LONG_STRING = 0, 1
_MIN_NODE = 5  # flags byte + one int32: the smallest node, used to bound counts
_MIN_ENTRY = 7  # id + flag byte + uint16 length: the smallest string-table entry
_MIN_ATTR = 6  # name id + kind + empty signature: the smallest attribute


class ClassName(str):
    """An attribute value stored as a class name (kind ``0x09``, Ignition's ``cls=``)."""


class Signature(tuple):
    """A method signature attribute (kind ``0x0a``): the XML ``s="2;O;O"`` as ``("O", "O")``."""

    def __str__(self) -> str:
        return ";".join([str(len(self)), *self])


AttrValue = Union[str, ClassName, Signature, int]


@dataclass
class Element:
    """One element: a name, attributes in file order, optional object id, text and children."""

    name: str
    attrs: dict[str, AttrValue] = field(default_factory=dict)
    children: list["Node"] = field(default_factory=list)
    text: str | bytes | None = None
    oid: int | None = None


@dataclass(frozen=True)
class Ref:
    """A back-reference to the element carrying object id ``oid`` (a repeated Java object)."""

    oid: int


Node = Union[Element, Ref]


@dataclass
class Document:
    """A decoded stream: the root element plus the header fields, kept for exact re-encoding.

    ``string_table`` is the file's ``(id, string)`` entries in file order. It takes no part in
    equality; :func:`encode` reuses its ids so string ids inside binary payloads stay valid and an
    unmodified document re-encodes byte for byte. Hand-built documents leave it ``None``.
    """

    root: Element
    timestamp: int = 0
    version: int = FORMAT_VERSION
    reserved: bytes = bytes(20)
    string_table: tuple[tuple[int, str], ...] | None = field(default=None, compare=False, repr=False)

    def objects(self) -> dict[int, Element]:
        """Elements by object id, for resolving :class:`Ref` nodes."""
        found: dict[int, Element] = {}
        stack: list[Node] = [self.root]
        while stack:
            node = stack.pop()
            if isinstance(node, Element):
                if node.oid is not None:
                    found[node.oid] = node
                stack.extend(node.children)
        return found


# ----------------------------------------------------------------------------- modified UTF-8

_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _join_pair(match: re.Match[str]) -> str:
    high, low = (ord(c) for c in match.group())
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


def _decode_mutf8(raw: bytes) -> str:
    """Java's modified UTF-8: NUL as ``C0 80``, characters past U+FFFF as surrogate pairs."""
    text = raw.replace(b"\xc0\x80", b"\x00").decode("utf-8", "surrogatepass")
    return _SURROGATE_PAIR.sub(_join_pair, text)


def _encode_mutf8(text: str) -> bytes:
    units = []
    for ch in text:
        code = ord(ch)
        if code > 0xFFFF:
            code -= 0x10000
            units.append(chr(0xD800 + (code >> 10)) + chr(0xDC00 + (code & 0x3FF)))
        else:
            units.append(ch)
    return "".join(units).encode("utf-8", "surrogatepass").replace(b"\x00", b"\xc0\x80")


# ----------------------------------------------------------------------------- reader


class _Reader:
    """A cursor over the decompressed bytes; every failure names ``where`` and the offset."""

    def __init__(self, data: bytes, where: str) -> None:
        self.data = data
        self.pos = 0
        self.where = where
        self.section = "header"
        self.strings: dict[int, str] = {}

    def fail(self, problem: str, at: int | None = None) -> ExportError:
        offset = self.pos if at is None else at
        prefix = f"{self.where}: " if self.where else ""
        return ExportError(f"{prefix}{problem} at offset {offset}")

    def take(self, n: int) -> bytes:
        if n > len(self.data) - self.pos:
            raise self.fail(f"truncated {self.section}")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def u8(self) -> int:
        return self.take(1)[0]

    def i32(self) -> int:
        return int.from_bytes(self.take(4), "big", signed=True)

    def count(self, what: str, min_size: int, wide: bool = True) -> int:
        at = self.pos
        n = self.i32() if wide else self.u8()
        if n < 0 or n * min_size > len(self.data) - self.pos:
            raise self.fail(f"impossible {what} count {n} in {self.section}", at)
        return n

    def string(self) -> str:
        at = self.pos
        sid = self.i32()
        try:
            return self.strings[sid]
        except KeyError:
            raise self.fail(f"string id {sid} is not in the string table", at) from None


def _read_header(r: _Reader) -> tuple[int, int, bytes]:
    magic, version, timestamp, reserved = _HEADER.unpack(r.take(_HEADER.size))
    if magic != MAGIC:
        raise r.fail("not Ignition binary XML (bad magic)", 0)
    if version != FORMAT_VERSION:
        raise r.fail(f"unsupported binary XML version {version}", 16)
    return timestamp, version, reserved


def _long_string(r: _Reader, sid: int, remaining: int) -> tuple[bytes, int]:
    """The bytes of a string over 65535 bytes (encoding ``1``) and how many further table
    entries it used. Java's ``writeUTF`` stops at 65535 bytes, so a writer either continues the
    string in entries of the same id (each ``1`` but the last, ``0``) or writes an int32 length
    and the bytes; the entry after the first part tells which."""
    at = r.pos
    size = int.from_bytes(r.take(2), "big")
    first = r.take(size) if size <= len(r.data) - r.pos else None
    if first is not None and len(r.data) - r.pos >= 5 and r.data[r.pos:r.pos + 4] == _int32(sid):
        parts, used = [first], 0
        while True:  # continued in entries of the same id
            if used >= remaining:
                raise r.fail(f"string id {sid} continues past the string table", r.pos)
            entry = r.pos
            if r.i32() != sid:
                raise r.fail(f"string id {sid} is continued by another id", entry)
            flag = r.u8()
            if flag not in (_SHORT_STRING, _LONG_STRING):
                raise r.fail(f"unsupported string encoding {flag}", entry + 4)
            used += 1
            parts.append(r.take(int.from_bytes(r.take(2), "big")))
            if flag == _SHORT_STRING:
                return b"".join(parts), used
    r.pos = at
    length = r.i32()
    if length < 0:
        raise r.fail(f"negative length {length} of string id {sid}", at)
    return r.take(length), 0


def _read_strings(r: _Reader) -> list[tuple[int, str]]:
    r.section = "string table"
    table = []
    left = r.count("string", _MIN_ENTRY)
    while left:
        left -= 1
        at = r.pos
        sid = r.i32()
        flag = r.u8()
        if flag == _SHORT_STRING:
            raw = r.take(int.from_bytes(r.take(2), "big"))
        elif flag == _LONG_STRING:
            raw, used = _long_string(r, sid, left)
            left -= used
        else:
            raise r.fail(f"unsupported string encoding {flag}", at + 4)
        try:
            text = _decode_mutf8(raw)
        except UnicodeDecodeError:
            raise r.fail(f"string id {sid} is not modified UTF-8", at) from None
        if sid in r.strings:
            raise r.fail(f"duplicate string id {sid}", at)
        r.strings[sid] = text
        table.append((sid, text))
    return table


def _read_attr(r: _Reader) -> tuple[str, AttrValue]:
    name = r.string()
    at = r.pos
    kind = r.u8()
    if kind == _ATTR_STRING:
        return name, r.string()
    if kind == _ATTR_CLASS:
        return name, ClassName(r.string())
    if kind == _ATTR_SIGNATURE:
        return name, Signature(r.string() for _ in range(r.count("signature", 4, wide=False)))
    if kind == _ATTR_INT:
        if r.u8() != _INT_MARKER:
            raise r.fail("unsupported integer attribute encoding", at + 1)
        return name, r.i32()
    raise r.fail(f"unknown attribute kind 0x{kind:02x}", at)


def _read_node(r: _Reader, depth: int) -> Node:
    at = r.pos
    flags = r.u8()
    if flags & ~_KNOWN_FLAGS:
        raise r.fail(f"unknown node flags 0x{flags:02x}", at)
    if flags & _REF:
        if flags != _REF:
            raise r.fail(f"reference node with extra flags 0x{flags:02x}", at)
        return Ref(r.i32())
    if depth > MAX_DEPTH:
        raise r.fail(f"elements nested deeper than {MAX_DEPTH}", at)
    name = r.string()
    if flags & _PAIR:
        name = f"{name}-{r.string()}"
    element = Element(name)
    if flags & _OID:
        element.oid = r.i32()
    if flags & _ATTRS:
        for _ in range(r.count("attribute", _MIN_ATTR, wide=False)):
            key, value = _read_attr(r)
            if key in element.attrs:
                raise r.fail(f"duplicate attribute {key!r}")
            element.attrs[key] = value
    if flags & _TEXT:
        element.text = _read_text(r, name)
    if flags & _CHILDREN:
        for _ in range(r.count("child", _MIN_NODE)):
            element.children.append(_read_node(r, depth + 1))
    return element


def _read_text(r: _Reader, name: str) -> str | bytes:
    at = r.pos
    length = r.i32()
    if length < 0:
        raise r.fail(f"negative text length {length}", at)
    if name not in STRING_TAGS:
        return r.take(length)
    if length != 4:
        raise r.fail(f"<{name}> text of {length} bytes where a string id belongs", at)
    return r.string()


def _check_refs(r: _Reader, root: Element) -> None:
    seen: set[int] = set()
    refs: list[int] = []
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Ref):
            refs.append(node.oid)
            continue
        if node.oid is not None:
            if node.oid in seen:
                raise r.fail(f"object id {node.oid} defined twice in object stream", len(r.data))
            seen.add(node.oid)
        stack.extend(node.children)
    for oid in refs:
        if oid not in seen:
            raise r.fail(f"reference to unknown object id {oid} in object stream", len(r.data))


def decode(data: bytes, *, where: str = "") -> Document:
    """Decode one uncompressed binary XML stream.

    ``where`` prefixes error messages (e.g. ``"Scratch.proj: resource 'event.scripts' (id 21)"``).
    Raises :class:`ExportError` for truncated, garbled or foreign input.
    """
    r = _Reader(data, where)
    timestamp, version, reserved = _read_header(r)
    table = _read_strings(r)
    r.section = "object stream"
    root = _read_node(r, 0)
    if isinstance(root, Ref):
        raise r.fail("object stream starts with a reference", _HEADER.size)
    if r.pos != len(data):
        raise r.fail(f"{len(data) - r.pos} bytes after the object stream")
    _check_refs(r, root)
    return Document(root, timestamp, version, reserved, tuple(table))


def is_binxml(data: bytes) -> bool:
    """Whether ``data`` starts like an (uncompressed) binary XML stream."""
    return data[:16] == MAGIC


# ----------------------------------------------------------------------------- writer


class _Writer:
    """Builds the stream first; new strings get ids by first use, exactly as Ignition numbers them."""

    def __init__(self, table: tuple[tuple[int, str], ...]) -> None:
        self.entries = list(table)
        self.ids: dict[str, int] = {}
        for sid, text in table:
            self.ids.setdefault(text, sid)
        self.next_id = max((sid for sid, _ in table), default=-1) + 1
        self.out = bytearray()

    def sid(self, text: str) -> bytes:
        if not isinstance(text, str):
            raise ValueError(f"expected a string, got {text!r}")
        if text not in self.ids:
            if len(_encode_mutf8(text)) > 0xFFFF:
                raise ValueError("strings are limited to 65535 bytes of modified UTF-8")
            self.ids[text] = self.next_id
            self.entries.append((self.next_id, text))
            self.next_id += 1
        return _int32(self.ids[text])

    def node(self, node: Node, depth: int) -> None:
        if isinstance(node, Ref):
            self.out += bytes([_REF]) + _int32(node.oid)
            return
        if depth > MAX_DEPTH:
            raise ValueError(f"elements nested deeper than {MAX_DEPTH}")
        head, sep, tail = node.name.partition("-")
        flags = (
            (_PAIR if sep else 0)
            | (_OID if node.oid is not None else 0)
            | (_ATTRS if node.attrs else 0)
            | (_TEXT if node.text is not None else 0)
            | (_CHILDREN if node.children else 0)
        )
        self.out.append(flags)
        self.out += self.sid(head) + (self.sid(tail) if sep else b"")
        if node.oid is not None:
            self.out += _int32(node.oid)
        if node.attrs:
            if len(node.attrs) > 0xFF:
                raise ValueError(f"<{node.name}> has more than 255 attributes")
            self.out.append(len(node.attrs))
            for key, value in node.attrs.items():
                self.out += self.sid(key) + self.attr(value)
        if node.text is not None:
            self.out += self.text(node)
        if node.children:
            self.out += _int32(len(node.children))
            for child in node.children:
                self.node(child, depth + 1)

    def attr(self, value: AttrValue) -> bytes:
        if isinstance(value, Signature):
            if len(value) > 0xFF:
                raise ValueError("signatures are limited to 255 types")
            return bytes([_ATTR_SIGNATURE, len(value)]) + b"".join(self.sid(t) for t in value)
        if isinstance(value, ClassName):
            return bytes([_ATTR_CLASS]) + self.sid(value)
        if isinstance(value, str):
            return bytes([_ATTR_STRING]) + self.sid(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return bytes([_ATTR_INT, _INT_MARKER]) + _int32(value)
        raise ValueError(f"unsupported attribute value {value!r}")

    def text(self, node: Element) -> bytes:
        if node.name in STRING_TAGS:
            if not isinstance(node.text, str):
                raise ValueError(f"<{node.name}> text must be a str")
            return _int32(4) + self.sid(node.text)
        if not isinstance(node.text, bytes):
            raise ValueError(f"<{node.name}> text must be bytes (only {sorted(STRING_TAGS)} hold strings)")
        return _int32(len(node.text)) + node.text


def _int32(value: int) -> bytes:
    try:
        return value.to_bytes(4, "big", signed=True)
    except OverflowError:
        raise ValueError(f"{value} does not fit in an int32") from None


def encode(doc: Document) -> bytes:
    """Encode ``doc`` (uncompressed). ``decode(encode(doc)) == doc`` for every valid document.

    Raises ``ValueError`` for a document the format cannot hold (a ``str`` text on a binary
    element, a string over 65535 bytes, more than 255 attributes, ...).
    """
    if len(doc.reserved) != 20:
        raise ValueError("the reserved header field is 20 bytes")
    try:
        header = _HEADER.pack(MAGIC, doc.version, doc.timestamp, doc.reserved)
    except struct.error as exc:
        raise ValueError(f"header field out of range: {exc}") from None
    w = _Writer(doc.string_table or ())
    w.node(doc.root, 0)
    table = bytearray(_int32(len(w.entries)))
    for sid, text in w.entries:
        raw = _encode_mutf8(text)
        table += _int32(sid) + b"\x00" + len(raw).to_bytes(2, "big") + raw
    return header + bytes(table) + bytes(w.out)
