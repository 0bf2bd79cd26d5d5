# bytes: base64 roundtrip bytes
import base64
raw = ''.join(chr(i) for i in range(0, 256, 51))
enc = base64.b64encode(raw)
print enc, base64.b64decode(enc) == raw
