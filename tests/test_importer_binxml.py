"""The binary XML reader/writer: exact re-encoding of real streams, round trips, clear errors."""
from __future__ import annotations

import base64
import gzip
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runtime.core.errors import ExportError
from runtime.projects.importers import binxml
from runtime.projects.importers.binxml import ClassName, Document, Element, Ref, Signature

FIXTURES = Path(__file__).resolve().parents[1].parent / "shared" / "fixtures"
needs_fixtures = pytest.mark.skipif(not FIXTURES.is_dir(), reason="../shared/fixtures is absent")


def real_streams() -> dict[str, bytes]:
    """Every gzip'd binary XML resource of the fixture exports, decompressed, by a readable name."""
    streams = {}
    for proj in sorted((FIXTURES / "proj79").glob("*.proj")):
        for res in ET.parse(proj).getroot().iterfind("resources/resource"):
            data = base64.b64decode("".join((res.findtext("bytes") or "").split()))
            if data.startswith(b"\x1f\x8b"):
                streams[f"{proj.name}:{res.get('type')}:{res.get('id')}"] = gzip.decompress(data)
    with zipfile.ZipFile(FIXTURES / "ign8" / "GatewayConfiguration.zip") as archive:
        for name in archive.namelist():
            if name.endswith((".bin",)):
                streams[f"zip:{name}"] = gzip.decompress(archive.read(name))
    return streams


def sample() -> Document:
    """A hand-made document using every feature of the format."""
    shared = Element("str", text="shared text", oid=0)
    root = Element(
        "objects",
        {"framework.version": "8.1.10", "timestamp": "now"},
        [
            Element(
                "o",
                {"cls": ClassName("com.example.Thing")},
                [
                    Element("o-c", {"m": "setName", "s": Signature(("str",))}, [Element("str", text="na\x00me \u00e9 \U0001f600")]),
                    Element("o-c", {"m": "put", "s": Signature(("O", "O"))}, [shared, Ref(0)]),
                    Element("arraylist", {"len": 2}, [Element("int", text=b"\xff\x00\x00\x00\x07"), Element("null")]),
                    Element("gzbarr", text=b""),
                    Element("o-ctor", {"s": Signature(())}, oid=1),
                ],
            )
        ],
    )
    return Document(root, timestamp=1650049258000)


@needs_fixtures
def test_every_real_stream_reencodes_byte_for_byte():
    streams = real_streams()
    assert len(streams) > 60
    for name, data in streams.items():
        doc = binxml.decode(data, where=name)
        assert binxml.encode(doc) == data, name
        assert binxml.decode(binxml.encode(doc)) == doc


def test_handmade_document_round_trips_with_types_kept():
    doc = sample()
    again = binxml.decode(binxml.encode(doc))
    assert again == doc
    thing = again.root.children[0]
    assert type(thing.attrs["cls"]) is ClassName
    assert type(thing.children[0].attrs["s"]) is Signature
    assert str(thing.children[1].attrs["s"]) == "2;O;O"
    assert again.objects()[0].text == "shared text"


def test_new_strings_are_numbered_by_first_use():
    data = binxml.encode(Document(Element("objects", {"a": "b"}, [Element("str", text="c")])))
    table = binxml.decode(data).string_table
    assert sorted(table) == [(0, "objects"), (1, "a"), (2, "b"), (3, "str"), (4, "c")]


def test_reencoding_keeps_existing_string_ids_for_binary_payloads():
    """<method> payloads hold string ids, so edits must not renumber the table."""
    doc = binxml.decode(binxml.encode(sample()))
    ids = dict((text, sid) for sid, text in doc.string_table)
    doc.root.children.append(Element("str", text="a new string"))
    again = binxml.decode(binxml.encode(doc))
    new_ids = dict((text, sid) for sid, text in again.string_table)
    assert all(new_ids[text] == sid for text, sid in ids.items())
    assert new_ids["a new string"] == max(ids.values()) + 1


def test_modified_utf8_encodes_nul_and_astral_characters_like_java():
    data = binxml.encode(Document(Element("str", text="\x00\U0001f600")))
    assert b"\xc0\x80\xed\xa0\xbd\xed\xb8\x80" in data
    assert binxml.decode(data).root.text == "\x00\U0001f600"


def test_every_truncation_is_an_export_error_naming_the_offset():
    data = binxml.encode(sample())
    for cut in range(len(data)):
        with pytest.raises(ExportError, match=r"^res 'x': .* at offset \d+$"):
            binxml.decode(data[:cut], where="res 'x'")


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: b"\x00" + d[1:], "bad magic"),
        (lambda d: d[:16] + b"\x00\x00\x00\x03" + d[20:], "unsupported binary XML version 3"),
        (lambda d: d + b"\x00", "1 bytes after the object stream"),
    ],
)
def test_garbled_streams_are_export_errors(mutate, message):
    with pytest.raises(ExportError, match=message):
        binxml.decode(mutate(binxml.encode(sample())))


def test_dangling_reference_and_unknown_flags_are_export_errors():
    with pytest.raises(ExportError, match="reference to unknown object id 9"):
        binxml.decode(binxml.encode(Document(Element("objects", children=[Ref(9)]))))
    data = bytearray(binxml.encode(Document(Element("objects"))))
    data[-5] = 0x40  # the root's flags byte
    with pytest.raises(ExportError, match="unknown node flags 0x40"):
        binxml.decode(bytes(data))


@pytest.mark.parametrize(
    "element",
    [Element("int", text="1"), Element("str", text=b"raw"), Element("x", {"n": 1.5}), Element("x", {"n": True})],
)
def test_writer_refuses_what_the_format_cannot_hold(element):
    with pytest.raises(ValueError):
        binxml.encode(Document(element))


names = st.text(st.characters(blacklist_characters="-"), max_size=8)
attr_values = st.one_of(
    st.text(max_size=12),
    st.text(max_size=12).map(ClassName),
    st.lists(st.text(max_size=6), max_size=3).map(lambda xs: Signature(tuple(xs))),
    st.integers(-(2**31), 2**31 - 1),
)


@st.composite
def elements(draw, depth=0):
    name = draw(st.one_of(names, st.tuples(names, names).map("-".join)))
    text = draw(st.none() | (st.text(max_size=20) if name in binxml.STRING_TAGS else st.binary(max_size=12)))
    children = draw(st.lists(elements(depth + 1), max_size=3)) if depth < 3 else []
    return Element(name, draw(st.dictionaries(names, attr_values, max_size=3)), children, text)


@settings(max_examples=150, deadline=None)
@given(root=elements(), timestamp=st.integers(-(2**63), 2**63 - 1), reserved=st.binary(min_size=20, max_size=20))
def test_decode_inverts_encode(root, timestamp, reserved):
    doc = Document(root, timestamp=timestamp, reserved=reserved)
    assert binxml.decode(binxml.encode(doc)) == doc


# --- strings over writeUTF's 65535 bytes (string encoding 1, format version 2) --------------

LONG = "# a 7.9 project library module over 64 KB\n" + "def f():\n\treturn u'caf\u00e9 \U0001f600'\n" * 5000


def _stream(entries: list[bytes]) -> bytes:
    """A stream whose root is ``<str>`` holding string id 1, with hand-made table ``entries``."""
    header = binxml.encode(Document(Element("objects")))[:48]
    body = bytes([0x20]) + (0).to_bytes(4, "big") + (4).to_bytes(4, "big") + (1).to_bytes(4, "big")
    return header + len(entries).to_bytes(4, "big") + b"".join(entries) + body


def _entry(sid: int, flag: int, raw: bytes, wide: bool = False) -> bytes:
    return sid.to_bytes(4, "big") + bytes([flag]) + len(raw).to_bytes(4 if wide else 2, "big") + raw


def test_a_string_over_64k_with_an_int32_length_decodes():
    raw = binxml._encode_mutf8(LONG)
    assert len(raw) > 0xFFFF
    doc = binxml.decode(_stream([_entry(0, 0, b"str"), _entry(1, 1, raw, wide=True)]))
    assert doc.root.text == LONG


def test_a_string_over_64k_continued_in_entries_of_its_id_decodes():
    raw = binxml._encode_mutf8(LONG)
    cut = [raw[i:i + 0xFFFF] for i in range(0, len(raw), 0xFFFF)]  # a chunk may split a character
    parts = [_entry(1, 1, c) for c in cut[:-1]] + [_entry(1, 0, cut[-1])]
    doc = binxml.decode(_stream([_entry(0, 0, b"str")] + parts))
    assert doc.root.text == LONG and len(parts) > 2
    assert dict(doc.string_table) == {0: "str", 1: LONG}


@pytest.mark.parametrize("entries, message", [
    ([_entry(0, 0, b"str"), _entry(1, 2, b"x")], "unsupported string encoding 2"),
    ([_entry(0, 0, b"str"), _entry(1, 1, b"abc"), _entry(1, 1, b"def")], "continues past the string table"),
    ([_entry(0, 0, b"str"), (1).to_bytes(4, "big") + b"\x01" + (2 ** 31 - 1).to_bytes(4, "big")], "truncated string table"),
])
def test_bad_long_strings_are_export_errors(entries, message):
    with pytest.raises(ExportError, match=message):
        binxml.decode(_stream(entries))
