"""Bad payloads get a clear error at the sender; good ones arrive intact, one copy per client."""
from __future__ import annotations

import datetime
import decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from runtime.messaging.payloads import check_payload


def bad(payload, **kwargs):
    with pytest.raises((TypeError, ValueError)) as caught:
        check_payload(payload, **kwargs)
    return str(caught.value)


def test_plain_values_pass():
    check_payload({"a": 1, "b": "x", "c": None, "d": 1.5, "e": True, "f": b"raw",
                   "g": datetime.datetime(2020, 1, 1), "h": decimal.Decimal("1.5")})
    check_payload({"nested": {"list": [1, (2, 3), {"deep": [None]}]}})


def test_unserialisable_values_name_their_path():
    assert bad({"pump": {"rate": lambda: 1}}) == (
        "payload['pump']['rate']: a value of type 'function' cannot be sent in a message "
        "(payloads hold None, numbers, strings, dates, datasets, lists and dicts)")
    assert bad({"s": {1, 2}}).startswith("payload['s']: a value of type 'set'")
    assert bad({"x": [1, object()]}).startswith("payload['x'][1]: a value of type 'object'")


def test_non_string_keys():
    assert bad({1: "a"}) == "payload: key 1 is a int; payload keys must be strings"
    assert bad({"a": {(1, 2): 1}}) == "payload['a']: key (1, 2) is a tuple; payload keys must be strings"


def test_cycles():
    d = {"a": []}
    d["a"].append(d)
    assert bad(d) == "payload['a'][0]: the payload contains itself (a reference cycle)"


def test_shared_but_acyclic_values_are_fine():
    shared = [1, 2]
    check_payload({"a": shared, "b": shared})


def test_size_cap():
    assert "over the limit" in bad({"big": list(range(100))}, max_items=50)


def test_gateway_refuses_at_the_sender(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "pass"}, synchronous=True)
    with pytest.raises(TypeError, match="payload\\['f'\\]: a value of type 'function'"):
        gw.send_message("X", "h", {"f": lambda: 1})
    with pytest.raises(TypeError, match="payload keys must be strings"):
        gw.send_request("X", "h", {1: 2})


def test_a_handler_sending_a_bad_payload_fails_with_its_line(make_gateway):
    gw = make_gateway({"X/gateway/message/h.py": "x = 1\nsystem.util.sendMessage('X', 'other', {'s': set([1])})"},
                      synchronous=True)
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("X", "h", scope="G")
    assert 'h.py", line 2, in handleMessage' in runs[0].error and "TypeError: payload['s']" in runs[0].error


def test_each_client_gets_its_own_copy(make_gateway):
    gw = make_gateway({"X/client/message/h.py": "payload['items'].append(1)\nprint len(payload['items'])"},
                      synchronous=True)
    runs = []
    gw.log.on_run(runs.append)
    gw.open_client("X")
    gw.open_client("X")
    original = {"items": []}
    gw.send_message("X", "h", original, scope="C")
    assert [r.output for r in runs] == [["1"], ["1"]] and original == {"items": []}


json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4),
    max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=5), json_like, max_size=5))
def test_every_json_like_payload_passes(payload):
    check_payload(payload)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.one_of(st.text(max_size=3), st.integers(), st.none()),
                       st.one_of(json_like, st.sets(st.integers(), max_size=2), st.just(print)), max_size=4))
def test_anything_else_gets_a_clear_error_never_a_crash(payload):
    try:
        check_payload(payload)
    except (TypeError, ValueError) as exc:
        assert str(exc).startswith("payload")


def test_script_objects_never_reach_another_project(make_gateway):
    """A dict subclass with hooks, sent as a payload, arrives as a plain dict: none of the
    sender's code runs in the receiver (review finding: it ran in another project's client)."""
    gw = make_gateway({
        "A/gateway/message/send.py": (
            "class P(dict):\n"
            "    def __getattr__(self, n): return True\n"
            "    def __deepcopy__(self, memo): return self\n"
            "    def __getitem__(self, k): return 'sender code ran'\n"
            "p = P()\np['x'] = 1\n"
            "system.util.sendMessage('B', 'h', p, 'CG')\n"),
        "B/gateway/message/h.py": "print type(payload).__name__, payload['x']",
        "B/client/message/h.py": "print type(payload).__name__, payload['x']",
    }, synchronous=True)
    runs = []
    gw.log.on_run(runs.append)
    gw.open_client("B")
    gw.send_message("A", "send", scope="G")
    assert [r.output for r in runs if r.project == "B"] == [["dict 1"], ["dict 1"]]


def test_script_class_instances_are_refused_in_payloads(make_gateway):
    gw = make_gateway({"A/gateway/message/h.py": "class Thing(object): pass\n"
                                                 "system.util.sendMessage('A', 'x', {'t': Thing()})"},
                      synchronous=True)
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("A", "h", scope="G")
    assert "TypeError: payload['t']: an object of the script's own class 'Thing' cannot be sent" in runs[0].error


def test_datasets_and_dates_travel_dates_are_copied(make_gateway):
    gw = make_gateway({
        "A/gateway/message/send.py": "from java.util import Date\n"
                                     "d = Date(1000)\nds = system.dataset.toDataSet(['a'], [[1]])\n"
                                     "system.util.sendMessage('A', 'recv', {'d': d, 'ds': ds, 'u': u'x', 'l': [10L]})\n"
                                     "print d.getTime()",
        "A/gateway/message/recv.py": "payload['d'].setTime(5)\nprint payload['ds'].getValueAt(0, 0), repr(payload['u']), payload['l']",
    }, synchronous=True)
    runs = []
    gw.log.on_run(runs.append)
    gw.send_message("A", "send", scope="G")
    assert [r.output for r in runs] == [["1000"], ["1 u'x' [10L]"]]
