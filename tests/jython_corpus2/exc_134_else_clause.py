# exc: else clause
for x in ['1', 'z']:
    try:
        v = int(x)
    except ValueError:
        print 'bad', x
    else:
        print 'ok', v
