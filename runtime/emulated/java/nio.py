"""java.nio for Jython scripts: only the package, so that ``java.nio.charset`` (StandardCharsets,
Charset) imports; its buffers and channels (``ByteBuffer``, ``CharBuffer``) are not emulated and
say so in one line naming the class."""
from runtime.emulated.java import missing_member as _missing

__all__: list[str] = []

__getattr__ = _missing("java.nio")
