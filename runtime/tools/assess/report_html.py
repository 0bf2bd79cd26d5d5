"""``shim assess --html``: one self-contained page (inline CSS and SVG, nothing fetched) for
someone deciding whether a project can move, not only for its developers: the headline figure
first, then what blocks (plain words, file and line, a link to the source line), then the
details."""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

_CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:72rem;color:#1d2733;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem}
.headline{display:flex;gap:2rem;flex-wrap:wrap;margin:1.2rem 0}
.figure{background:#f6f8fa;border-radius:8px;padding:1rem 1.4rem;min-width:12rem}
.figure .big{font-size:2.4rem;font-weight:700}.figure .label{color:#57606a}
.status{display:inline-block;padding:.3rem .8rem;border-radius:1rem;font-weight:600;color:#fff}
.status.blocked{background:#cf222e}.status.ready{background:#1a7f37}
table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #eaeef2;vertical-align:top}
th{background:#f6f8fa}td.num{text-align:right}
.bad{color:#cf222e;font-weight:600}.good{color:#1a7f37}.warn{color:#9a6700}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88rem}
.src{border:1px solid #d0d7de;border-radius:6px;margin:.8rem 0;overflow:auto}
.src .head{background:#f6f8fa;padding:.3rem .6rem;font-weight:600}
.src pre{margin:0;padding:.4rem .6rem}.src .hit{background:#ffebe9;display:block}
.src:target{outline:3px solid #0969da}
.muted{color:#57606a}
"""


def render_html(data: dict[str, Any]) -> str:
    summary = data["summary"]
    name = escape(Path(data["source"]).name)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>shim assess: {name}</title><style>{_CSS}</style></head><body>",
        f"<h1>Can <em>{name}</em> run under shim?</h1>",
        _status(summary),
        _headline(summary),
        f"<p class='muted' id='summary-line'>{escape(summary['line'])}</p>",
        _findings("What blocks", [f for f in data["findings"] if f["blocking"]], "blocking",
                  "Nothing blocks: every script translates and compiles, every library module loads, "
                  "and every system.* function, module and Java class it uses is available."),
        _findings("Warnings", [f for f in data["findings"] if not f["blocking"]], "warnings", "No warnings."),
        "<h2>system.* coverage by namespace</h2>", _chart(data["coverage"]), _functions(data["coverage"]),
        _projects(data["projects"], {p["project"]: p["line"] for p in summary["projects"]}),
        _imports(data["imports"]),
        _tags(data["tags"]),
        _files(data["files"]),
        _sources(data["findings"]),
        "</body></html>",
    ]
    return "\n".join(parts)


def _status(summary: dict) -> str:
    if summary["status"] == "ready":
        return "<p><span class='status ready' id='status'>Ready: nothing blocks</span></p>"
    return (f"<p><span class='status blocked' id='status'>Blocked: {summary['blocking']} item"
            f"{'s' if summary['blocking'] != 1 else ''} to resolve</span></p>")


def _headline(summary: dict) -> str:
    figures = [
        (f"{summary['ready']} of {summary['scripts']}", "scripts ready to run", "headline"),
        (f"{summary['coverage']:.0%}", f"of system.* call sites emulated ({summary['system_calls_emulated']} "
                                      f"of {summary['system_calls']})", "coverage"),
        (f"{summary['modules_loaded']} of {summary['modules']}", "library modules load", "modules"),
    ]
    cells = "".join(f"<div class='figure' id='{key}'><div class='big'>{escape(big)}</div>"
                    f"<div class='label'>{escape(label)}</div></div>" for big, label, key in figures)
    return f"<div class='headline'>{cells}</div>"


def _findings(title: str, findings: list[dict], key: str, empty: str) -> str:
    if not findings:
        return f"<h2 id='{key}'>{title}</h2><p>{escape(empty)}</p>"
    rows = "".join(
        f"<tr id='item-{f['id']}'><td>{f['id']}</td><td>{escape(f['what'])}</td>"
        f"<td><a href='#src-{f['id']}'>{escape(f['file'])}{':' + str(f['line']) if f['line'] else ''}</a></td>"
        f"<td>{escape(f['message'])}{_rule(f)}</td></tr>"
        for f in findings)
    return (f"<h2 id='{key}'>{title} ({len(findings)})</h2><table><tr><th>#</th><th>what</th>"
            f"<th>where</th><th>details</th></tr>{rows}</table>")


def _rule(finding: dict) -> str:
    return f"<br><span class='muted'>sandbox rule: {escape(finding['rule'])}</span>" if finding.get("rule") else ""


def _chart(coverage: dict) -> str:
    """An inline SVG bar per namespace: green the emulated call sites, red the others."""
    spaces = coverage["namespaces"]
    if not spaces:
        return "<p>No system.* calls found.</p>"
    width, label, bar, row = 720, 190, 420, 26
    most = max(s["calls"] for s in spaces)
    height = row * len(spaces) + 10
    items = []
    for index, space in enumerate(spaces):
        y = 5 + index * row
        full = bar * space["calls"] / most
        good = full * space["share"]
        items.append(
            f"<text x='0' y='{y + 15}' font-size='13'>{escape(space['namespace'])}</text>"
            f"<rect x='{label}' y='{y}' width='{good:.1f}' height='18' fill='#2da44e'/>"
            f"<rect x='{label + good:.1f}' y='{y}' width='{full - good:.1f}' height='18' fill='#cf222e'/>"
            f"<text x='{label + full + 8:.1f}' y='{y + 15}' font-size='13'>{space['emulated']} of "
            f"{space['calls']} ({space['share']:.0%})</text>")
    return (f"<svg id='coverage-chart' role='img' aria-label='system.* coverage by namespace' "
            f"xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
            f"viewBox='0 0 {width} {height}'>{''.join(items)}</svg>"
            "<p class='muted'>Green: call sites shim emulates; red: call sites it does not.</p>")


def _functions(coverage: dict) -> str:
    rows = "".join(
        f"<tr><td><code>{escape(f['function'])}</code></td><td class='num'>{f['calls']}</td>"
        f"<td class='{'good' if f['status'] == 'emulated' else 'bad'}'>{escape(f['status'])}</td></tr>"
        for space in coverage["namespaces"] for f in space["functions"])
    return (f"<table><tr><th>function</th><th>call sites</th><th>in shim</th></tr>{rows}</table>"
            if rows else "")


def _projects(projects: list[dict], lines: dict) -> str:
    out = ["<h2>Projects</h2>"]
    for project in projects:
        out.append(f"<h3>{escape(project['name'])} <span class='muted'>(Ignition {escape(project['semantics'])}"
                   f"{', disabled' if not project['enabled'] else ''})</span></h3>"
                   f"<p class='project-line'>{escape(lines.get(project['name'], ''))}</p>")
        if project["handlers"]:
            rows = "".join(
                f"<tr><td>{escape(h['context'])}</td><td>{escape(h['name'])}</td><td>{escape(h['threading'])}</td>"
                f"<td>{'yes' if h['enabled'] else '<span class=bad>no</span>'}</td>"
                f"<td>{escape(_security(h['security']))}</td><td>{escape(h['problem'] or '')}</td></tr>"
                for h in project["handlers"])
            out.append("<h4>Message handlers</h4><table><tr><th>scope</th><th>handler</th><th>threading</th>"
                       f"<th>enabled</th><th>security</th><th>settings problem</th></tr>{rows}</table>")
        if project["events"]:
            rows = "".join(
                f"<tr><td>{escape(e['context'])}</td><td>{escape(e['label'])}</td><td>{escape(_event_detail(e))}</td>"
                f"<td>{'yes' if e['enabled'] else 'no'}</td></tr>" for e in project["events"])
            out.append("<h4>Event scripts</h4><table><tr><th>scope</th><th>script</th><th>settings</th>"
                       f"<th>enabled</th></tr>{rows}</table>")
        if project["named_queries"]:
            out.append("<h4>Named queries</h4><p>" + ", ".join(f"<code>{escape(q)}</code>" for q in project["named_queries"]) + "</p>")
    return "".join(out)


def _security(security: dict | None) -> str:
    """A handler's security settings in words (8.1 Message Handler Settings, "Security")."""
    if security is None:
        return "not restricted"
    parts = ["remote gateways " + ("allowed" if security.get("remote", True) else "refused")]
    parts += [f"{key}: {', '.join(security[key])}" for key in ("roles", "zones") if key in security]
    return "; ".join(parts)


def _event_detail(event: dict) -> str:
    if event["kind"] == "timer":
        return f"every {event['delay_ms']} ms, {event['threading']}{', fixed rate' if event['fixed_rate'] else ''}"
    if event["kind"] == "tagchange":
        return ", ".join(event["tags"])
    return event.get("cron") or event.get("key") or ""


def _section(title: str, headers: tuple[str, ...], rows: list[str], empty: str) -> str:
    """A titled table, or one line saying it is empty."""
    if not rows:
        return f"<h2>{title}</h2><p>{escape(empty)}</p>"
    head = "".join(f"<th>{h}</th>" for h in headers)
    return f"<h2>{title}</h2><table><tr>{head}</tr>{''.join(rows)}</table>"


def _imports(imports: list[dict]) -> str:
    rows = [f"<tr><td><code>{escape(i['module'] + ('.' + i['name'] if i['name'] else ''))}</code></td>"
            f"<td>{escape(i['origin'])}</td><td class='{'good' if i['status'] == 'emulated' else 'bad'}'>"
            f"{escape(i['status'])}</td><td class='num'>{len(i['sites'])}</td><td>{escape(i['reason'])}</td></tr>"
            for i in imports]
    return _section("Java classes and modules", ("name", "from", "in shim", "uses", "why"), rows, "None imported.")


def _tags(tags: list[dict]) -> str:
    rows = [f"<tr><td><code>{escape(t['path'])}</code></td><td class='{'good' if t['defined'] else 'warn'}'>"
            f"{'defined' if t['defined'] else 'not in the tag configuration'}</td>"
            f"<td class='num'>{len(t['sites'])}</td></tr>" for t in tags]
    return _section("Tags", ("tag path", "status", "uses"), rows, "No literal tag paths found.")


def _files(files: list[dict]) -> str:
    rows = "".join(
        f"<tr><td>{escape(f['path'])}</td><td>{escape(f['role'])}</td>"
        f"<td class='{'good' if f['compile'] == 'ok' else 'bad'}'>{escape(f['compile'])}</td>"
        f"<td class='{'bad' if f['load'] == 'failed' else ''}'>{escape(f['load'])}</td>"
        f"<td class='num {'bad' if f['blocking'] else ''}'>{f['blocking']}</td></tr>" for f in files)
    return ("<h2>Files</h2><table><tr><th>file</th><th>what</th><th>compiles</th><th>loads</th>"
            f"<th>blocking</th></tr>{rows}</table>")


def _sources(findings: list[dict]) -> str:
    out = ["<h2>Source lines</h2>"]
    for finding in findings:
        context = finding["context"]
        lines = []
        for offset, text in enumerate(context["lines"]):
            number = context["first"] + offset
            body = f"{number:>5}  {escape(text)}"
            lines.append(f"<span class='hit'>{body}</span>" if number == finding["line"] else body + "\n")
        where = escape(finding["file"]) + (f":{finding['line']}" if finding["line"] else "")
        out.append(f"<div class='src' id='src-{finding['id']}'><div class='head'>{finding['id']} {where} "
                   f"<a href='#item-{finding['id']}'>back</a></div><pre>{''.join(lines) or '(no line)'}</pre></div>")
    return "".join(out)
