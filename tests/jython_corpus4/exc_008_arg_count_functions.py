def move(x, y):
    return x + y

def log(msg, level='info', *args):
    return msg

def configure(**opts):
    return opts

for call in [lambda: move(1), lambda: move(), lambda: move(1, 2, 3), lambda: log(),
             lambda: configure(1), lambda: move(1, z=2)]:
    try:
        call()
    except TypeError, e:
        print e
