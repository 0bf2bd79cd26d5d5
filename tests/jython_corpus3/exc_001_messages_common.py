# The exception texts a handler logs for common mistakes.
def attempt(label, f):
    try:
        f()
        print label, 'ok'
    except Exception, e:
        print label, '->', type(e).__name__ + ':', e


attempt('index', lambda: [1, 2][5])
attempt('key', lambda: {}['missing'])
attempt('zero', lambda: 1 / 0)
attempt('fzero', lambda: 1.0 / 0)
attempt('int', lambda: int('abc'))
attempt('float', lambda: float('x1'))
attempt('attr', lambda: None.value)
attempt('concat', lambda: 'a' + 1)
attempt('call', lambda: 5())
attempt('unpack', lambda: dict([(1, 2, 3)]))
