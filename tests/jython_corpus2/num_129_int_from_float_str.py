# num: int from float str
try:
    int('3.5')
except ValueError, e:
    print e
print int(float('3.5'))
