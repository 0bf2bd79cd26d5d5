"""What the ``system.*`` namespaces talk to: the gateway's tag providers (``tags``), datasources
(``db``), datasets, a simulated client's screen (``ui``: dialogs, windows), the sandboxed files
folder, OPC items, identities. One module per back end; each gateway holds its own instances
(``Gateway.service``), so tests can assert on what handlers did."""
