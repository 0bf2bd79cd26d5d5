"""Where a script runs: script hosts (the gateway, one client session: ``hosts``), their
executors (FIFO queues, dedicated threads: ``executors``), the gateway log and Perspective's ``session``."""
