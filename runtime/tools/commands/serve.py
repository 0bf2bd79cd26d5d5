"""``shim serve``: a long-running gateway process, alone or on the Gateway Network.

Like an Ignition gateway service: it loads its projects, runs their startup scripts, joins
the Gateway Network (when ``--network`` is given; without it, it stands alone) under its name,
and runs timer, scheduled and tag change scripts and the handlers that messages from other
gateways and its attached clients (``shim client``) target, logging their output on stderr
as ``shim send`` does. It watches the projects folder (``--watch``, as an Ignition gateway picks
up a saved project): an edited project is reloaded, an edited ``_gateway/users.json`` re-read.
It prints one line on stdout when ready. SIGINT or SIGTERM (or the end
of ``--duration``, which sends this process SIGTERM) stops it cleanly: it stops accepting,
stops the timers, runs the shutdown scripts, runs what is already queued (within
``--drain-timeout``), leaves the network, reports what it drained and dropped, and exits 0.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
from pathlib import Path

import click

from runtime.tools.commands._common import BadInput, handle_user_errors, projects_option
from runtime.tools.commands._network import (closed_on_failure, connect, network_option, stop_signals,
                                       timing_options)
from runtime.tools.logview import LogView, log_options


@click.command()
@click.option("--name", required=True, help="This gateway's name on the Gateway Network.")
@projects_option
@network_option
@timing_options
@click.option("--drain-timeout", type=float, default=10.0, show_default=True,
              help="Seconds to finish queued handlers when stopping.")
@click.option("--duration", type=float, default=None, metavar="S",
              help="Stop after S seconds, exactly as SIGTERM stops it.")
@click.option("--watch", type=float, default=1.0, show_default=True, metavar="S",
              help="Poll the projects folder every S seconds and reload what changed (a change only under "
                   "_gateway/, such as users.json, re-reads the gateway's settings); 0: never.")
@click.option("--isolation", type=click.Choice(["process", "none"]), default=None,
              help="Run the projects' gateway scripts (message handlers, event scripts) in worker "
                   "processes (default: gateway.json's \"isolation\", else process) or in this process.")
@log_options
@handle_user_errors
def serve(name: str, projects: Path, network: str | None, heartbeat: float, missed: int,
          reply_timeout: float, drain_timeout: float, duration: float | None, watch: float,
          isolation: str | None, log: LogView) -> None:
    """Run a gateway named NAME until SIGINT/SIGTERM (or --duration S)."""
    from runtime.gateway import Gateway
    from runtime.isolation.settings import isolation_mode
    from runtime.projects.loader import open_projects

    if duration is not None and not 0 < duration < float("inf"):
        raise BadInput("--duration must be a positive, finite number of seconds")
    if not 0 <= watch < float("inf"):
        raise BadInput("--watch must be 0 (never) or a positive, finite number of seconds")
    found = open_projects(projects)
    gateway = Gateway(found, name=name, start=False, isolation=isolation or isolation_mode(found, "process"))
    log.attach(gateway)
    if gateway.isolation == "process":
        gateway.log.write("INFO", "gateway", "gateway scripts (message handlers, event scripts) run in worker "
                          "processes (isolation: process; --isolation none or gateway.json "
                          "\"isolation\": \"none\" runs them here)",
                          "gateway")
    gateway.start()  # startup scripts first: the gateway takes no message before they ran
    gateway.prepare()  # handlers compiled before "ready": the first message waits for nothing
    if watch:
        gateway.watch(watch)
    joined = None
    if network:
        joined = connect(network, heartbeat, missed, reply_timeout, identity=name)
        with closed_on_failure(joined):
            joined.join(gateway)
    wait_for_stop = stop_signals()
    where = f"on {joined.bridge.shown_url}" if joined is not None else "(no Gateway Network)"
    click.echo(f"gateway {name} ready {where}")
    sys.stdout.flush()
    if duration is not None:
        timer = threading.Timer(duration, os.kill, (os.getpid(), signal.SIGTERM))
        timer.daemon = True
        timer.start()
    signal_name = wait_for_stop()
    if joined is not None:
        joined.leave(gateway)  # no new calls; what was accepted is queued
    gateway.stop_events()  # timers stop, shutdown scripts run (what they send is queued)
    queued = gateway.executor.outstanding
    gateway.wait_idle(drain_timeout)
    dropped = gateway.executor.outstanding
    gateway.close(wait=False)
    if joined is not None:
        joined.close()
    click.echo(f"gateway {name} stopped ({signal_name}): {queued - dropped} queued deliveries "
               f"drained, {dropped} dropped", err=True)
    if dropped:  # a handler still running must not keep the process alive
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
