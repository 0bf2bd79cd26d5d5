"""Compare two traces of one scenario and show only what differs, like a test failure: grouped
by step, then by handler run, then by field, each field as a small unified diff.

```
--- v79
+++ v81
step 1: send X/testHandler
  gateway X/testHandler
    output:
    - Gateway received: Hello World
    + Gateway received: Hello, World
  only in v81: perspective hmi2 Ops/notify
```

Runs of a step are paired by where they ran (context, session, project/handler) in order, so a
run that only one side has shows as such instead of shifting every pair after it. ``Summary``
counts what was compared, what failed on both sides and what differs.
"""
from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any

from runtime.tools.trace import Event

#: Fields that identify an event (shown in headings, never diffed).
_IDENTITY = ("step", "run", "action", "context", "session", "project", "handler")


@dataclass
class Summary:
    """What a comparison covered, for the closing line: a diff that compared nothing, or whose
    runs all failed the same way on both sides, must not read as a clean migration."""

    compared: int = 0  # handler runs present on both sides
    failed_both: int = 0  # of those, runs that failed (or were missing) identically on both sides
    differing: int = 0  # runs that differ, or that only one side has

    def line(self, strict: bool) -> str:
        counted = " (counted as differences: --strict)" if strict and self.failed_both else ""
        return (f"{self.compared} handler runs compared, {self.failed_both} failed on both sides{counted}, "
                f"{self.differing} differing")


def diff_traces(a: list[Event], b: list[Event], label_a: str, label_b: str, *, strict: bool = False,
                summary: Summary | None = None) -> list[str]:
    """The lines of the diff; empty when the traces are the same. ``strict``: a run that failed
    identically on both sides is shown as a difference too. ``summary`` (if given) is filled in."""
    summary = summary if summary is not None else Summary()
    steps_a, steps_b = _by_step(a), _by_step(b)
    body: list[str] = []
    for number in sorted(set(steps_a) | set(steps_b)):
        (head_a, runs_a), (head_b, runs_b) = steps_a.get(number, (None, [])), steps_b.get(number, (None, []))
        lines = _event_diff(head_a, head_b, label_a, label_b, "  ")
        lines += _runs_diff(runs_a, runs_b, label_a, label_b, strict, summary)
        if lines:
            body.append(f"step {number}: {_step_title(head_a or head_b)}")
            body.extend(lines)
    return [f"--- {label_a}", f"+++ {label_b}", *body] if body else []


def _by_step(events: list[Event]) -> dict[int, tuple[Event | None, list[Event]]]:
    steps: dict[int, tuple[Event | None, list[Event]]] = {}
    for event in events:
        head, runs = steps.setdefault(event["step"], (None, []))
        if "run" in event:
            runs.append(event)
        else:
            steps[event["step"]] = (event, runs)
    return steps


def _step_title(head: Event | None) -> str:
    if head is None:
        return "(no step record)"
    if head.get("action") == "start":
        return "start (startup scripts)"
    if head.get("action") == "advance":
        return f"advance {head.get('seconds')} s"
    return f"{head.get('action', '?')} {head.get('project', '?')}/{head.get('handler', '?')}"


def _runs_diff(runs_a: list[Event], runs_b: list[Event], label_a: str, label_b: str, strict: bool,
               summary: Summary) -> list[str]:
    keys_a, keys_b = [r["run"] for r in runs_a], [r["run"] for r in runs_b]
    lines: list[str] = []
    matcher = difflib.SequenceMatcher(a=keys_a, b=keys_b, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            for run_a, run_b in zip(runs_a[a1:a2], runs_b[b1:b2]):
                summary.compared += 1
                fields = _event_diff(run_a, run_b, label_a, label_b, "    ")
                failed_both = not fields and run_a.get("status", "ok") != "ok"
                summary.failed_both += failed_both
                if failed_both and strict:
                    error = (run_a.get("error") or run_a.get("status") or "").strip().splitlines()
                    fields = [f"    failed on both sides: {error[-1] if error else run_a.get('status')}"]
                if fields:
                    summary.differing += 1
                    lines.append(f"  {run_a['run']}")
                    lines.extend(fields)
            continue
        for run in runs_a[a1:a2]:
            summary.differing += 1
            lines.extend(_only(run, label_a, "-"))
        for run in runs_b[b1:b2]:
            summary.differing += 1
            lines.extend(_only(run, label_b, "+"))
    return lines


def _only(run: Event, label: str, sign: str) -> list[str]:
    lines = [f"  only in {label}: {run['run']}"]
    for key, value in run.items():
        if key not in _IDENTITY and value not in (None, [], {}):
            lines.append(f"    {sign} {key}: " + " | ".join(_field_lines(value)))
    return lines


def _event_diff(a: Event | None, b: Event | None, label_a: str, label_b: str, indent: str) -> list[str]:
    if a is None or b is None:
        missing = label_b if b is None else label_a
        return [f"{indent}(this step has no record in {missing})"] if a is not b else []
    lines: list[str] = []
    for key in [*a, *(k for k in b if k not in a)]:
        if key in _IDENTITY or a.get(key) == b.get(key):
            continue
        lines.append(f"{indent}{key}:")
        hunks = difflib.unified_diff(_field_lines(a.get(key)), _field_lines(b.get(key)), n=2, lineterm="")
        first = True
        for line in hunks:
            if line.startswith(("---", "+++")):
                continue
            if line.startswith("@@"):
                if not first:
                    lines.append(f"{indent}  …")
                first = False
                continue
            lines.append(f"{indent}{line[0]} {line[1:]}")
    return lines


def _field_lines(value: Any) -> list[str]:
    """A field as lines: one per list item, one per line of a text (a traceback), else JSON."""
    if isinstance(value, list):
        return [item if isinstance(item, str) else _json(item) for item in value]
    if isinstance(value, str):
        return value.splitlines() or [""]
    return [_json(value)]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
