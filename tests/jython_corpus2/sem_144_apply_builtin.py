# sem: apply builtin
def f(a, b=2):
    return a + b
print apply(f, (1,)), apply(f, (1,), {'b': 5})
