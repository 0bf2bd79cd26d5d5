class Cfg(object):
    pass
c = Cfg()
for k, v in [("host", "plc"), ("port", 502)]:
    setattr(c, k, v)
print c.host, c.port
print hasattr(c, "port"), getattr(c, "unit", 1)
