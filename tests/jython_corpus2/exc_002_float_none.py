try:
    float(None)
except TypeError, e:
    print e
