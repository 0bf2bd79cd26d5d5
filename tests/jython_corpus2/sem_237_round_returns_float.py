# sem: round returns float
# (written from the Python 2 / Jython docs)
print round(5), round(5.5), type(round(5)), int(round(2.6))
