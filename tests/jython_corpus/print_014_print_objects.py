class Tag:
    def __str__(self):
        return "Tag<Motor1>"
t = Tag()
print t
print t, t
print "tag is", t
