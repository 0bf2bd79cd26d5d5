"""sendMessage routing, rule by rule, as the Ignition 7.9 manual states it; exact strings."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runtime.messaging import routing
from runtime.messaging.routing import MessageFilter

HANDLERS = {
    "X/gateway/message/h.py": "print 'gw', payload",
    "X/client/message/h.py": "print 'client', payload",
    "Y/client/message/h.py": "print 'other project'",
}


def params(scope="CG", sid="", user="", role="", host=""):
    return f"{{hostName={host}, clientSessionId={sid}, scope={scope}, user={user}, hasRole={role}}}"


def gw_line(scope="CG", **kw):
    return f"type=Gateway,project=X,messageHandler=h,filterParams={params(scope, **kw)},sendStatus=SENT"


def client_line(session, scope="CG", **kw):
    return (f"type=Client,sessionId={session.id},clientAddress={session.address},"
            f"clientHostName={session.host_name},project=X,messageHandler=h,"
            f"filterParams={params(scope, **kw)},sendStatus=SENT")


@pytest.fixture
def gw(make_gateway):
    gateway = make_gateway(HANDLERS, synchronous=True)
    gateway.alice = gateway.open_client("X", user="alice", roles=["Operator"], host_name="HMI-1", address="10.0.0.1")
    gateway.bob = gateway.open_client("X", user="bob", roles=["Operator", "Supervisor"], host_name="HMI-2", address="10.0.0.2")
    gateway.carol = gateway.open_client("X", user="carol", roles=["Guest"], host_name="HMI-1", address="10.0.0.3")
    gateway.other = gateway.open_client("Y", user="alice", roles=["Operator"], host_name="HMI-1")
    gateway.designer = gateway.open_designer("X", user="alice", roles=["Operator"], host_name="HMI-1")
    return gateway


def test_default_scope_is_cg_gateway_and_every_client_of_the_project(gw):
    assert gw.send_message("X", "h") == [
        gw_line(), client_line(gw.alice), client_line(gw.bob), client_line(gw.carol)]


def test_scope_g_reaches_only_the_gateway(gw):
    assert gw.send_message("X", "h", scope="G") == [gw_line("G")]


def test_scope_c_reaches_only_clients(gw):
    assert gw.send_message("X", "h", scope="C") == [
        client_line(gw.alice, "C"), client_line(gw.bob, "C"), client_line(gw.carol, "C")]


def test_user_filter_alone_defaults_scope_to_c(gw):
    assert gw.send_message("X", "h", user="bob") == [client_line(gw.bob, "C", user="bob")]


def test_role_filter_alone_defaults_scope_to_c(gw):
    assert gw.send_message("X", "h", has_role="Operator") == [
        client_line(gw.alice, "C", role="Operator"), client_line(gw.bob, "C", role="Operator")]


def test_host_filter_alone_defaults_scope_to_c(gw):
    assert gw.send_message("X", "h", host_name="HMI-1") == [
        client_line(gw.alice, "C", host="HMI-1"), client_line(gw.carol, "C", host="HMI-1")]


def test_client_session_id_alone_keeps_default_cg(gw):
    # the manual's default rule names user, role and host name only
    assert gw.send_message("X", "h", client_session_id=gw.bob.id) == [
        gw_line(sid=gw.bob.id), client_line(gw.bob, sid=gw.bob.id)]


def test_filters_combine_with_and(gw):
    assert gw.send_message("X", "h", user="alice", has_role="Operator", host_name="HMI-1") == [
        client_line(gw.alice, "C", user="alice", role="Operator", host="HMI-1")]
    assert gw.send_message("X", "h", user="carol", has_role="Operator") == []


def test_explicit_scope_cg_with_filters_still_reaches_the_gateway(gw):
    assert gw.send_message("X", "h", scope="CG", user="bob") == [
        gw_line(user="bob"), client_line(gw.bob, user="bob")]


def test_designer_never_receives(gw):
    results = gw.send_message("X", "h", client_session_id=gw.designer.id, scope="C")
    assert results == []


def test_no_matching_clients_gives_no_client_lines(gw):
    assert gw.send_message("X", "h", user="nobody") == []
    assert gw.send_message("X", "h", scope="C", client_session_id="00000000") == []


def test_clients_of_other_projects_do_not_receive(gw):
    assert gw.send_message("Y", "h", scope="C") == [
        f"type=Client,sessionId={gw.other.id},clientAddress=,clientHostName=HMI-1,project=Y,"
        f"messageHandler=h,filterParams={params('C')},sendStatus=SENT"]


def test_lowercase_scope_is_accepted(gw):
    assert gw.send_message("X", "h", scope="g") == [gw_line("G")]


@pytest.mark.parametrize("scope", ["Q", "CGX", "S", "1"])
def test_unknown_scope_is_refused_in_79(gw, scope):
    with pytest.raises(ValueError, match="Invalid scope"):
        gw.send_message("X", "h", scope=scope)


def test_handlers_receive_the_payload(gw):
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("X", "h", {"a": 1}, user="bob")
    assert [(r.context, r.session_id, r.output) for r in runs] == [("client", gw.bob.id, ["client {'a': 1}"])]



def test_a_repeated_send_sees_every_session_change(gw):
    """The gateway keeps the routing of recent sends; each change of the sessions (open,
    close, a new login) or of the projects (reload) is seen by the very next send."""
    def lines(**kw):
        return gw.send_message("X", "h", scope="C", **kw)

    assert lines() == [client_line(s, "C") for s in (gw.alice, gw.bob, gw.carol)]
    first = lines()
    first.append("changed by the caller")  # the caller's own list: the next send is not changed
    dave = gw.open_client("X", user="dave", host_name="HMI-3")
    assert lines() == [client_line(s, "C") for s in (gw.alice, gw.bob, gw.carol, dave)]
    gw.close_session(gw.bob)
    assert lines() == [client_line(s, "C") for s in (gw.alice, gw.carol, dave)]
    assert lines(user="dave") == [client_line(dave, "C", user="dave")]
    gw.relogin(dave, "erin", ["Operator"])
    assert lines(user="dave") == []
    assert lines(has_role="Operator") == [client_line(s, "C", role="Operator") for s in (gw.alice, dave)]
    gw.reload()
    assert lines() == [client_line(s, "C") for s in (gw.alice, gw.carol, dave)]


# -- properties of the pure routing --------------------------------------------------------

class S:
    def __init__(self, i, kind, project, user, roles, host):
        self.id, self.kind, self.project, self.user = f"{i:08X}", kind, project, user
        self.roles, self.host_name, self.address = frozenset(roles), host, ""


sessions = st.lists(st.builds(
    S, st.integers(0, 10**6), st.sampled_from(["client", "designer", "perspective"]),
    st.sampled_from(["X", "Y"]), st.sampled_from(["", "a", "b"]),
    st.lists(st.sampled_from(["R1", "R2"]), max_size=2), st.sampled_from(["", "h1", "H1", "h2"])),
    max_size=12)
maybe = lambda values: st.one_of(st.none(), st.sampled_from(values))  # noqa: E731


@settings(max_examples=200, deadline=None)
@given(sessions, maybe(["C", "G", "CG"]), maybe(["a", "b"]), maybe(["R1", "R2"]), maybe(["h1", "h2"]))
def test_selection_is_exactly_the_sessions_passing_every_filter(all_sessions, scope, user, role, host):
    flt = MessageFilter(routing.effective_scope(scope, user=user, has_role=role, host_name=host),
                        None, user, role, host)
    chosen = routing.select(all_sessions, "X", flt)
    for s in all_sessions:
        expected = ("C" in flt.scope and s.kind == "client" and s.project == "X"
                    and (user is None or s.user == user) and (role is None or role in s.roles)
                    and (host is None or s.host_name.lower() == host.lower()))
        assert (s in chosen) == expected
    assert chosen == [s for s in all_sessions if s in chosen]  # order kept


@given(maybe(["a"]), maybe(["R1"]), maybe(["h"]))
def test_default_scope_rule(user, role, host):
    expected = "C" if (user or role or host) else "CG"
    assert routing.effective_scope(None, user=user, has_role=role, host_name=host) == expected
    assert routing.effective_scope(None, user=user, has_role=role, host_name=host, semantics="8.1") == expected + "S"


@settings(max_examples=100, deadline=None)
@given(sessions, maybe(["a", "b"]), maybe(["R1", "R2"]), maybe(["h1", "H1"]))
def test_indexed_candidates_never_lose_a_receiver(all_sessions, user, role, host):
    from runtime.messaging.sessions import SessionRegistry

    registry = SessionRegistry()
    unique = {s.id: s for s in all_sessions}
    for s in unique.values():
        registry.add(s)
    flt = MessageFilter("C", None, user, role, host)
    assert routing.select(registry.candidates("X", flt), "X", flt) == routing.select(unique.values(), "X", flt)


def test_a_script_str_subclass_cannot_poison_the_routing_of_other_sends(make_gateway):
    """The routing cache is keyed by the send's filter values: a project's script passing a
    ``str`` subclass equal to everything (hashed as the string it holds) and unequal to every
    session's user must not leave an entry that another project's ``user='bob'`` send takes
    for its own (and silently reaches no one)."""
    poison = ("class Evil(str):\n"
              "    def __eq__(self, other):\n        return True\n"
              "    def __ne__(self, other):\n        return True\n"
              "system.util.sendMessage('X', 'h', user=Evil('bob'))\n")
    gw = make_gateway({**HANDLERS, "A/gateway/message/poison.py": poison}, synchronous=True)
    gw.bob = gw.open_client("X", user="bob", roles=["Operator"], host_name="HMI-2", address="10.0.0.2")
    gw.send_message("A", "poison", scope="G")
    assert gw.send_message("X", "h", user="bob") == [client_line(gw.bob, "C", user="bob")]
