# java: java.util.Random with a seed (deterministic)
from java.util import Random
r = Random(42)
print r.nextInt(100), r.nextInt(100), r.nextInt(10)
