class A(object): pass
class B(A): pass
class C: pass
for obj in [A(), B(), C(), 5]:
    print isinstance(obj, (A, C)), isinstance(obj, B)
print issubclass(B, A), issubclass(A, B)
