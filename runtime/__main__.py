"""``python -m runtime`` is the ``shim`` command."""
from runtime.cli import main

main(prog_name="shim")
