"""``shim assess --json``: the assessment as one JSON document (what the HTML shows, for CI)."""
from __future__ import annotations

import json
from typing import Any


def render_json(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
