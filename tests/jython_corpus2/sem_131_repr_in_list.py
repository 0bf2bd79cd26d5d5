# sem: repr in list
class Tag(object):
    def __repr__(self):
        return '<Tag>'
print [Tag(), Tag()], (Tag(),), {'k': Tag()}
