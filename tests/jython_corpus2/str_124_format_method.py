# str: format method
print '{0}-{1}'.format('a', 'b'), '{name}={v}'.format(name='x', v=1)
print '{0!r} {0!s}'.format('q'), '{:>6}'.format('r')
