"""javax.crypto.spec for Jython scripts: ``SecretKeySpec``, the raw key ``Mac.init`` takes
(defined beside ``Mac`` in ``runtime.emulated.java.crypto``)."""

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java.crypto import SecretKeySpec

__all__ = ["SecretKeySpec"]

__getattr__ = _missing("javax.crypto.spec")
