parts = [u"a", "b", u"c"]
j = u",".join(parts)
print j, repr(j)
print repr(j.split(u","))
