class Device(object):
    name = "dev"
d = Device()
print getattr(d, "name")
print getattr(d, "missing", "default")
print hasattr(d, "name"), hasattr(d, "nope")
