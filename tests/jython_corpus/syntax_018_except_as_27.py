try:
    [][1]
except IndexError as e:
    print "IndexError:", e
try:
    None.foo
except AttributeError as e:
    print "AttributeError caught"
