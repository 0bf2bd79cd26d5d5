# exc: finally order
def f():
    try:
        return 'body'
    finally:
        print 'finally'
print f()
