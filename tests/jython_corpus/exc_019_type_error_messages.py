try:
    "a" + 1
except TypeError:
    print "cannot add str and int"
try:
    len(5)
except TypeError:
    print "len of int"
