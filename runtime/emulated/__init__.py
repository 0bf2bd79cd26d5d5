"""The modules scripts import that are not shim's own Python: emulated ``java.*`` (``java``), and
beside it the other emulations. Pure libraries: they import nothing above ``core``."""
