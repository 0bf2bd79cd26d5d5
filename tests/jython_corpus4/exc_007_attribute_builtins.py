for obj, name in [(5, 'append'), ('abc', 'push'), ([], 'add'), ({}, 'append'), (None, 'x')]:
    try:
        getattr(obj, name)
    except AttributeError, e:
        print e
