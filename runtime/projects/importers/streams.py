"""Unwrapping resource payloads: gzip, then Ignition's binary XML, with bounded memory.

Both 7.x ``<bytes>`` and 8.x ``data.bin`` hold gzip of a binary XML stream; any failure becomes an
:class:`ExportError` that names the resource (``where``).
"""
from __future__ import annotations

import zlib

from runtime.core.errors import ExportError
from runtime.projects.importers import binxml

#: Largest decompressed resource accepted; real resources stay below a few MB.
MAX_RESOURCE = 256 * 1024 * 1024
GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, where: str) -> bytes:
    """Decompress one gzip member, refusing truncated, corrupt or oversized data."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, MAX_RESOURCE + 1)
    except zlib.error as exc:
        raise ExportError(f"{where}: corrupt gzip data ({exc})") from None
    if len(out) > MAX_RESOURCE:
        raise ExportError(f"{where}: resource larger than {MAX_RESOURCE} bytes once decompressed")
    if not inflater.eof:
        raise ExportError(f"{where}: truncated gzip data")
    if inflater.unused_data:
        raise ExportError(f"{where}: {len(inflater.unused_data)} bytes after the gzip data")
    return out


def load_document(data: bytes, where: str) -> binxml.Document:
    """Decode a resource payload that is gzip of binary XML (or, leniently, plain binary XML)."""
    if data.startswith(GZIP_MAGIC):
        data = gunzip(data, where)
    if not binxml.is_binxml(data):
        raise ExportError(f"{where}: not Ignition binary XML (bad magic) at offset 0")
    return binxml.decode(data, where=where)
