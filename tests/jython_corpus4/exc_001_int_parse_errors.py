def parse_setpoint(text):
    try:
        return int(text)
    except ValueError, e:
        return 'bad setpoint: %s' % e

for raw in ['42', ' 7 ', 'abc', '', '3.5', '0x1F', '1e3']:
    print repr(raw), '->', parse_setpoint(raw)
