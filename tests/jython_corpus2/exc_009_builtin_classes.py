# exc: builtin classes (Jython 2.7 vs Python 2 docs)
for k in [SystemExit, StopIteration, GeneratorExit, KeyboardInterrupt]:
    print k.__name__, issubclass(k, Exception), issubclass(k, BaseException)
