# NameError texts at module level and inside functions.
def uses_global():
    return undefined_setting * 2


try:
    uses_global()
except NameError, e:
    print e
try:
    print missing_at_module
except NameError, e:
    print e
def uses_local():
    total = total + 1
try:
    uses_local()
except UnboundLocalError, e:
    print type(e).__name__, e
