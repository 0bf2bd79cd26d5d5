"""Python 3's keywords ``async``, ``await`` and ``nonlocal`` are plain names in Jython 2, and
real shared libraries use them: Corso Systems' ``shared.tools.thread`` (published with its
Ignition Jupyter kernel and metatools) defines ``def async(...)``, a decorator that runs a
function through ``system.util.invokeAsynchronous``, and other modules call it as
``shared.tools.thread.async``. Such a module used to fail to translate ("invalid syntax"), and
with it every module importing it."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from runtime.tools.testing import run_legacy_script

JYTHON = shutil.which("jython")

# a 7.9 shared library module in the style of such toolkits (written for this test)
WORKERS = '''\
import system
from functools import wraps

log = system.util.getLogger("tools.workers")

def async(startDelaySeconds=None, name=None):
	"""Run the decorated function on another thread; @async or @async(0.5, name='x')."""
	if getattr(startDelaySeconds, '__call__', None):
		function = startDelaySeconds
		@wraps(function)
		def asyncWrapper(*args, **kwargs):
			return system.util.invokeAsynchronous(lambda: function(*args, **kwargs))
		return asyncWrapper
	def decorate(function):
		@wraps(function)
		def delayedWrapper(*args, **kwargs):
			return system.util.invokeAsynchronous(lambda: function(*args, **kwargs))
		delayedWrapper.threadName = name
		return delayedWrapper
	return decorate

def describe(await=None, nonlocal=False):
	return "await=%r nonlocal=%r" % (await, nonlocal)
'''

CALLER = '''\
import shared.tools.workers
from shared.tools.workers import async, describe

results = []

@async
def collect(value):
	results.append(value * 2)

@shared.tools.workers.async(0.25, name='Line3-Poller')
def poll(value):
	results.append(value + 1)

print poll.threadName, shared.tools.workers.async.__name__
print describe(await=5, nonlocal=True)
try:
	raise ValueError("no quality")
except ValueError, await:
	print "caught", await
class Station:
	async = "queued"
print Station.async, getattr(Station(), "async")
'''


def test_library_defining_async_loads_and_other_modules_call_it(make_gateway):
    gateway = make_gateway({"_global/library/tools/workers.py": WORKERS,
                            "Plant/gateway/message/noop.py": "pass\n"}, synchronous=True)
    out = run_legacy_script(CALLER, "caller.py", gateway=gateway, project="Plant")
    assert out.splitlines() == ["Line3-Poller async", "await=5 nonlocal=True",
                                "caught no quality", "queued queued"]


def test_python3_keywords_as_names_print_as_in_jython(tmp_path):
    script = '''\
def async(f):
    return f
@async
def tick(n):
    return n + 1
await = tick(41)
nonlocal = [async.__name__, await]
print nonlocal, "async" in dir(), type(async).__name__
jobs = [await, 7]
print [await for await in jobs], await if await in jobs else None, await is not None and await or 0
print [nonlocal
       for nonlocal in jobs if nonlocal not in (7,)]
'''
    shim_out = run_legacy_script(script, "names.py")
    assert shim_out.splitlines() == ["['async', 42] True function", "[42, 7] 7 7", "[42]"]
    if JYTHON is None:
        pytest.skip("jython not installed: the differential half needs it")
    path = tmp_path / "names.py"
    path.write_text(script)
    real = subprocess.run([JYTHON, str(path)], capture_output=True, text=True, timeout=120)
    assert real.stdout.splitlines() == shim_out.splitlines()

