"""``uuid`` without the host's identity: ``uuid1`` uses a random node (never the MAC address,
which the real ``uuid1``/``getnode`` read from the machine); ``uuid3``/``uuid4``/``uuid5`` and
``UUID`` are the standard ones."""
from __future__ import annotations

import random as _random
import uuid as _uuid
from typing import Any

UUID = _uuid.UUID
uuid3 = _uuid.uuid3
uuid4 = _uuid.uuid4
uuid5 = _uuid.uuid5
NAMESPACE_DNS = _uuid.NAMESPACE_DNS
NAMESPACE_URL = _uuid.NAMESPACE_URL
NAMESPACE_OID = _uuid.NAMESPACE_OID
NAMESPACE_X500 = _uuid.NAMESPACE_X500
RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = (
    _uuid.RESERVED_NCS, _uuid.RFC_4122, _uuid.RESERVED_MICROSOFT, _uuid.RESERVED_FUTURE)

_NODE_RANDOM = _random.SystemRandom()


def uuid1(node: Any = None, clock_seq: Any = None) -> _uuid.UUID:
    """A time-based UUID whose node is random with the multicast bit set (RFC 4122 4.5)."""
    if node is None:
        node = _NODE_RANDOM.getrandbits(48) | 0x010000000000
    return _uuid.uuid1(node, clock_seq)
