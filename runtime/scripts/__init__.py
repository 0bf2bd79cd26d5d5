"""How a script becomes runnable: Jython 2 -> Python 3 (``legacy``), the RestrictedPython policy
(``sandbox``), project libraries (``library``) and error reports in the user's own lines (``tracebacks``)."""
