"""Gateway Network throughput across processes (NATS) against in process, in the same run.

    python bench/nats_load.py [--messages 10000] [--gateways 3] [--clients 20] [--json]
    python -m runtime.bench network      # the same, with targets marked

A local nats-server, GATEWAYS ``shim serve`` processes and CLIENTS ``shim client`` processes
(spread round-robin over the gateways). This process is the sender, an anonymous gateway on the
network: it sends MESSAGES messages with scope "CG", round-robin over the gateways, one sender
thread per gateway, so each gateway gets its own FIFO lane of sequence numbers. Every gateway
handler and every client handler ("shared" threading) counts what it got, checks the sequence
and notes the time of its last run; afterwards each one is asked (``sendRequest``) for its
report, so every message is accounted for. Then the same topology runs in one process
(``LocalNetwork`` and in-process client sessions) and the two are printed side by side, with
raw nats-py on the same server as the physical anchor (``runtime.tools.natsanchor``).
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from runtime.gateway import Gateway, network
from runtime.netnats.network import NatsNetwork
from runtime.netnats.processes import ShimProcess
from runtime.netnats.server import NatsServer
from runtime.tools.natsanchor import Anchor, measure

PROJECT = "L"
COUNT = """import time
g = system.util.getGlobals()
lane = payload['lane']
if payload['seq'] != g.get('next ' + lane, 0):
    g['disorder'] = g.get('disorder', 0) + 1
g['next ' + lane] = payload['seq'] + 1
g['count'] = g.get('count', 0) + 1
g['last'] = time.time()
"""
REPORT = """g = system.util.getGlobals()
return {'count': g.get('count', 0), 'disorder': g.get('disorder', 0), 'last': g.get('last', 0.0)}
"""
FILES = {f"{PROJECT}/gateway/message/count.py": COUNT, f"{PROJECT}/client/message/count.py": COUNT,
         f"{PROJECT}/gateway/message/report.py": REPORT, f"{PROJECT}/client/message/report.py": REPORT}
#: In one process a send only queues, so the sender's burst outruns the handlers and
#: gateway.json's default queueMessages (10,000 per receiver) would refuse it past 10,000 per
#: lane; across processes the senders' windows keep every queue far below that cap.
UNCAPPED = {"_gateway/gateway.json": '{"limits": {"queueMessages": null}}'}


@dataclass
class Result:
    """One run: what was sent, what the handlers counted, how fast."""

    messages: int
    expected_runs: int
    counted_runs: int
    out_of_order: int
    seconds: float  # first send to the last handler run

    @property
    def messages_per_s(self) -> float:
        return self.messages / self.seconds

    @property
    def runs_per_s(self) -> float:
        return self.counted_runs / self.seconds


def write_projects(root: Path, extra: dict[str, str] | None = None) -> Path:
    for relative, text in {**FILES, **(extra or {})}.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def topology(gateways: int, clients: int) -> dict[str, list[str]]:
    """Gateway name -> the session ids of its clients (round-robin)."""
    names = [f"load-{number}" for number in range(gateways)]
    placed: dict[str, list[str]] = {name: [] for name in names}
    for number in range(clients):
        placed[names[number % gateways]].append(f"{0xC0000000 + number:08X}")
    return placed


def expected_runs(messages: int, placed: dict[str, list[str]]) -> int:
    names = list(placed)
    return sum(len(range(lane, messages, len(names))) * (1 + len(placed[name]))
               for lane, name in enumerate(names))


def send_lanes(sender: Gateway, names: list[str], messages: int) -> None:
    """One thread per gateway sends it messages lane, lane+G, ... with consecutive ``seq``."""
    def lane(number: int, name: str) -> None:
        for seq, _ in enumerate(range(number, messages, len(names))):
            lines = sender.send_message(PROJECT, "count", {"lane": name, "seq": seq}, scope="CG",
                                        remote_servers=[name])
            if not lines[0].endswith("sendStatus=SENT"):
                raise RuntimeError(f"message {seq} to {name}: {lines[0]}")
    threads = [threading.Thread(target=lane, args=(n, name)) for n, name in enumerate(names)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def reports(sender: Gateway, placed: dict[str, list[str]]) -> list[dict]:
    """Every gateway's and every client's report, asked over the network."""
    found = []
    for name, sessions in placed.items():
        found.append(sender.send_request(PROJECT, "report", remote_server=name, timeout=30).get())
        for sid in sessions:
            found.append(sender.send_request(PROJECT, "report", remote_server=name, client_session_id=sid,
                                             timeout=30).get())
    return found


def account(sender: Gateway, placed: dict[str, list[str]], messages: int, started: float,
            timeout: float) -> Result:
    """Ask for reports until every run is counted (or ``timeout``)."""
    expected = expected_runs(messages, placed)
    deadline = time.monotonic() + timeout
    while True:
        found = reports(sender, placed)
        counted = sum(r["count"] for r in found)
        if counted >= expected or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    last = max(r["last"] for r in found)
    return Result(messages, expected, counted, sum(r["disorder"] for r in found), last - started)


def run_cross_process(projects: Path, url: str, messages: int, gateways: int, clients: int,
                      timeout: float = 120.0, isolation: str = "none") -> Result:
    """The NATS run: gateway and client processes, this process as the sender. The gateways
    run their handlers as the in-process run does (``isolation`` "none"), so the ratio measures
    the network; "process" adds ``shim serve``'s default worker processes on top."""
    placed = topology(gateways, clients)
    started: list[ShimProcess] = []
    joined = NatsNetwork(url)
    sender = Gateway(projects, name="load-sender")
    try:
        for name in placed:
            started.append(ShimProcess("serve", "--name", name, "--projects", str(projects), "--network", url,
                                       "--isolation", isolation, "--watch", "0"))
        for process in started:
            process.wait_ready()
        attached = [ShimProcess("client", "--gateway", name, "--project", PROJECT, "--session-id", sid,
                                "--projects", str(projects), "--network", url)
                    for name, sessions in placed.items() for sid in sessions]
        started += attached
        for process in attached:
            process.wait_ready(60)
        joined.join(sender, listen=False)
        begin = time.time()
        send_lanes(sender, list(placed), messages)
        return account(sender, placed, messages, begin, timeout)
    finally:
        sender.close(wait=False)
        joined.close()
        for process in started:
            process.process.terminate()
        for process in started:
            try:
                process.stop()
            except Exception:
                process.kill()


def run_in_process(projects: Path, messages: int, gateways: int, clients: int) -> Result:
    """The same topology in one process: LocalNetwork and in-process client sessions."""
    placed = topology(gateways, clients)
    sender = Gateway(projects, name="load-sender")
    joined = [Gateway(projects, name=name) for name in placed]
    network(sender, *joined)
    try:
        for gateway in joined:
            for sid in placed[gateway.name]:
                gateway.open_client(PROJECT, session_id=sid)
        begin = time.time()
        send_lanes(sender, list(placed), messages)
        for gateway in joined:
            gateway.wait_idle(120)
        return account(sender, placed, messages, begin, 30)
    finally:
        for gateway in [sender, *joined]:
            gateway.close(wait=False)


@dataclass
class Figures:
    """One bench run: across processes, in one process, and raw NATS on the same server."""

    nats: Result
    in_process: Result
    anchor: Anchor

    @property
    def ratio(self) -> float:
        return self.nats.messages_per_s / self.in_process.messages_per_s


def run(messages: int = 10_000, gateways: int = 3, clients: int = 20, isolation: str = "none") -> Figures:
    """The whole comparison on a NATS server of its own."""
    os.environ.setdefault("SHIM_CACHE_DIR", "off")
    with tempfile.TemporaryDirectory() as folder, NatsServer() as server:
        projects = write_projects(Path(folder) / "projects")
        nats = run_cross_process(projects, server.url, messages, gateways, clients, isolation=isolation)
        local = run_in_process(write_projects(Path(folder) / "in-process", UNCAPPED), messages, gateways, clients)
        anchor = measure(server.url)
    return Figures(nats, local, anchor)


def printout(figures: Figures) -> list[str]:
    """The figures as the README shows them."""
    lines = [f"{label:21s} {result.messages} messages -> {result.counted_runs}/{result.expected_runs} "
             f"handler runs in {result.seconds:.2f} s: {result.messages_per_s:,.0f} messages/s, "
             f"{result.runs_per_s:,.0f} runs/s, {result.out_of_order} out of order"
             for label, result in (("cross-process (NATS)", figures.nats), ("in-process", figures.in_process))]
    anchor = figures.anchor
    lines += [f"raw nats-py, same server: {anchor.pubsub_per_s:,.0f} messages/s publish/subscribe, "
              f"{anchor.requests_per_s:,.0f} requests/s request/reply (one at a time)",
              f"ratio cross-process / in-process: {figures.ratio:.3f} (messages/s)",
              f"ratio cross-process / raw publish-subscribe: {figures.nats.messages_per_s / anchor.pubsub_per_s:.3f}"]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--gateways", type=int, default=3)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--isolation", choices=["none", "process"], default="none",
                        help="how the gateway processes run their handlers (default none: like the "
                             "in-process run; process: shim serve's default worker processes)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    options = parser.parse_args()
    figures = run(options.messages, options.gateways, options.clients, options.isolation)
    if options.json:
        print(json.dumps({**asdict(figures), "ratio": figures.ratio}, indent=2))
        return
    print("\n".join(printout(figures)))
