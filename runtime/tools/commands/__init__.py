"""One module per ``shim`` command; ``runtime.cli`` imports each only when it runs."""
