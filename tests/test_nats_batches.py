"""Posts packed into one NATS message come out as they went in (runtime.netnats.batches)."""
import pytest

from runtime.netnats import batches


def test_a_packed_run_unpacks_to_the_same_messages_in_order():
    messages = [b'{"seq": 0}', b"", b'{"seq": 2}' * 100]
    assert batches.unpack(batches.pack(messages), "3") == messages


def test_runs_respect_the_count_and_size_limits_and_a_big_message_goes_alone():
    small = [b"x"] * (batches.MAX_COUNT + 1)
    assert [len(run) for run in batches.chunks(small)] == [batches.MAX_COUNT, 1]
    big = b"y" * batches.MAX_BYTES
    assert list(batches.chunks([b"a", big, b"b"])) == [[b"a"], [big], [b"b"]]


@pytest.mark.parametrize("body, count", [(batches.pack([b"abc", b"de"])[:-1], "2"),
                                         (batches.pack([b"abc"]), "2"),
                                         (b"\x00\x00", "1")])
def test_a_malformed_packed_message_is_refused_whole(body, count):
    with pytest.raises(ValueError):
        batches.unpack(body, count)
