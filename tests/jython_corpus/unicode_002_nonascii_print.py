city = u"M\xfcnchen"
print city
print "City:", city
print len(city)
