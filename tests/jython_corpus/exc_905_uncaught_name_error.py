def report():
    print "before"
report()
print undefined_name
