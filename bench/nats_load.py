#!/usr/bin/env python3
"""Gateway Network throughput across processes (NATS), in process, and raw nats-py, in one run.

    python bench/nats_load.py [--messages 10000] [--gateways 3] [--clients 20] [--json]

The bench itself is ``runtime/tools/natsload.py`` (``python -m runtime.bench network`` runs it
with the targets marked).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from runtime.tools.natsload import main  # noqa: E402

if __name__ == "__main__":
    main()
