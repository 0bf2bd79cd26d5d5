def compute():
    return undefined_total + 1

try:
    compute()
except NameError, e:
    print 'in function:', e
try:
    print missing_name
except NameError, e:
    print 'module level:', e
