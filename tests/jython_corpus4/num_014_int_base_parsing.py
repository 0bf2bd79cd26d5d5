print int('0x1f', 16), int('1f', 16), int('0777', 8), int('777', 8)
print int('0b101', 2), int('101', 2)
print int('0x1f', 0), int('017', 0), int('0b11', 0), int('42', 0)
print long('ffffffffff', 16)
