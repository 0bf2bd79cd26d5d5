"""Process isolation: a project's gateway scripts (message handlers, event scripts) run in workers.

Why: the in-process sandbox stops what Python code does (the watchdog, ticks, size checks), but
C code that holds the interpreter (a pathological regex, hash flooding, a huge integer
operation nobody thought to check), a segfault, or an allocation that eats the machine's memory
takes every project of the gateway with it. With ``gateway.json`` ``"isolation": "process"``
(the default of ``shim serve``) each project's handlers run in processes of their own, under
their own address-space limit (RLIMIT_AS) and per-run CPU limit (RLIMIT_CPU); the gateway kills a
worker whose run overruns its time budget by more than ``grace`` seconds, logs the run as a
failed handler ("worker killed: time budget exceeded", "crashed (SIGSEGV)", "memory limit" ...),
answers a waiting ``sendRequest`` with that error, and starts a fresh worker for the next
message, which is still queued. Other projects never wait on it.

Design, bottom to top:

* ``channel``: length-prefixed JSON frames over two pipes, payloads and results as
  ``runtime.messaging.wire`` trees (the Gateway Network's codec, so a payload that crosses to a
  worker is exactly one that crosses to a remote gateway). No pickles, no shared memory, no file
  descriptors but the pipes.
* ``settings``: ``gateway.json``'s ``"isolation"`` and ``"worker"`` sections.
* ``supervisor``: one worker process (``python -m runtime.worker``, a fresh interpreter, never a
  fork of the threaded gateway), its reader thread, killing, and why it died.
* ``calls`` (gateway side) and ``remote`` (worker side): the RPC, below.
* ``host``: ``ProcessHost``, the ``ScriptHost`` of an isolated project. Its message handler and
  gateway event script runs go to a small pool of workers (one per run in progress: the shared
  queue uses one, each dedicated, timer, tag change or nested run another); the timers'
  schedule and the tag subscriptions stay in the gateway, and the console and client sessions
  still run in the gateway's process.
* ``values``: a tag's qualified value as it crosses; ``globals``: ``getGlobals()`` kept in step
  between the gateway's one dictionary and its workers.

The RPC, worker to gateway: the worker runs an ordinary in-process gateway over the same
projects folder (``runtime.worker.WorkerGateway``), so the project's library, the pylib, the
compile cache, the files folder, HTTP and mail (under gateway.json's allow-lists) work there as
they do in the gateway. What lives in the gateway's memory is either called over the channel
or refused, never copied: ``sendMessage``/``sendRequest``/``sendRequestAsync``, tag reads and
writes, database statements and transactions, the session list and the Gateway Network's
gateways are calls (``calls``: an allow-list, every
argument checked again on the gateway's side because the worker is not trusted; a request's
answer comes back later as its own frame); in the worker, ``remote`` puts stand-ins for the tag
provider and the datasources where ``gateway.service`` would build private ones. What they do
not carry (browsing or configuring tags, tag history, alarms, users, SFCs, store-and-forward,
audit, adding datasources, stored procedures) raises ``NotInWorker``: a private copy would
silently diverge from what the gateway's other scripts see. ``getGlobals()`` is the gateway's
one dictionary, synchronised at the edges of each run (``globals``).
"""
