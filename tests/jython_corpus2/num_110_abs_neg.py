# num: abs neg
# (written from the Python 2 / Jython docs)
print abs(-5), abs(-5.5), abs(-5L), abs(3 - 4j)
