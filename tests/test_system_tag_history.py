"""Tag history: history-enabled tags record to a real SQLite database (or a configured
datasource), storeTagHistory adds points, queryTagHistory/queryTagCalculations answer with the
manual's dataset shapes, aggregation modes and interval rules."""
from __future__ import annotations

import pytest

from systemkit import fail_one, handler_files, run_one

TAGS = {"providers": {
    "default": {"Tanks/Level": {"value": 10.0, "dataType": "Float8", "historyEnabled": True},
                "Tanks/Pump": {"value": False, "dataType": "Boolean", "historyEnabled": True},
                "Tanks/Plain": {"value": 1}},
    "Sample_Tags": {"Realistic/Realistic0": {"value": 3.5, "dataType": "Float8", "historyEnabled": True}},
}}

#: Points stored at fixed times, so every aggregate is known exactly.
STORE = """
t0 = system.date.getDate(2024, 0, 1)
def at(minutes):
    return system.date.addMinutes(t0, minutes)
system.tag.storeTagHistory("DB", "default", ["Tanks/Level", "Tanks/Level", "Tanks/Level", "Tanks/Pump", "Tanks/Pump"],
                           [10, 20, 40, True, False], timestamps=[at(0), at(10), at(30), at(5), at(35)])
paths = ["[default]Tanks/Level", "[default]Tanks/Pump"]
def rows(ds):
    return [[ds.getValueAt(r, c) for c in range(ds.columnCount)] for r in range(ds.rowCount)]
"""


def gateway(make_gateway, source: str, **extra):
    files = handler_files(STORE + source, semantics="8.1")
    files["_gateway/tags.json"] = TAGS
    files.update(extra)
    return make_gateway(files, synchronous=True)


def test_manual_style_example_returns_ten_maximum_rows(make_gateway):
    """As the 8.1 manual's example of queryTagHistory: the last 30 minutes, 10 rows, Maximum, Wide."""
    gw = gateway(make_gateway, """
endTime = system.date.now()
startTime = system.date.addMinutes(endTime, -30)
dataSet = system.tag.queryTagHistory(paths=['[Sample_Tags]Realistic/Realistic0'], startDate=startTime, endDate=endTime, returnSize=10, aggregationMode="Maximum", returnFormat='Wide')
print dataSet.rowCount, dataSet.getColumnNames(), dataSet.getValueAt(9, 1)
""")
    assert run_one(gw).output == ["10 [t_stamp, [Sample_Tags]Realistic/Realistic0] 3.5"]


def test_raw_wide_rows_carry_each_tags_last_value(make_gateway):
    gw = gateway(make_gateway, """
for row in rows(system.tag.queryTagHistory(paths, at(0), at(60))):
    print row
print rows(system.tag.queryTagHistory(paths, at(0), at(60), 0, columnNames=["level", "pump"]))[1], \\
    system.tag.queryTagHistory(paths, at(0), at(60), columnNames=["level", "pump"]).getColumnNames()
""")
    assert run_one(gw).output == [
        "[Mon Jan 01 00:00:00 UTC 2024, 10.0, None]", "[Mon Jan 01 00:05:00 UTC 2024, 10.0, 1.0]",
        "[Mon Jan 01 00:10:00 UTC 2024, 20.0, 1.0]", "[Mon Jan 01 00:30:00 UTC 2024, 40.0, 1.0]",
        "[Mon Jan 01 00:35:00 UTC 2024, 40.0, 0.0]",
        "[Mon Jan 01 00:05:00 UTC 2024, 10.0, 1.0] [t_stamp, level, pump]",
    ]


@pytest.mark.parametrize("mode, level, pump", [
    ("Average", [16.666666666666668, 40.0], [1.0, 0.16666666666666666]),
    ("SimpleAverage", [15.0, 40.0], [1.0, 0.0]),
    ("Minimum", [10.0, 40.0], [1.0, 0.0]), ("Maximum", [20.0, 40.0], [1.0, 0.0]),
    ("LastValue", [20.0, 40.0], [1.0, 0.0]), ("Sum", [30.0, 40.0], [1.0, 0.0]),
    ("Count", [2.0, 1.0], [1.0, 1.0]), ("Range", [10.0, 0.0], [0.0, 0.0]),
    ("DurationOn", [1800000.0, 1800000.0], [1500000.0, 300000.0]),
    ("CountOn", [1.0, 0.0], [1.0, 0.0]), ("PctGood", [100.0, 100.0], [100.0, 100.0]),
])
def test_aggregated_windows(make_gateway, mode, level, pump):
    gw = gateway(make_gateway, f"""
ds = system.tag.queryTagHistory(paths, at(0), at(60), returnSize=2, aggregationMode="{mode}")
print [r[0] for r in rows(ds)] == [at(0), at(30)], [r[1] for r in rows(ds)], [r[2] for r in rows(ds)]
""")
    assert run_one(gw).output == [f"True {level} {pump}"]


def test_intervals_tall_format_min_max_and_per_path_modes(make_gateway):
    gw = gateway(make_gateway, """
ds = system.tag.queryTagHistory(paths=paths, startDate=at(0), endDate=at(60), intervalMinutes=20, aggregationModes=["Maximum", "LastValue"], returnFormat="Tall")
print ds.getColumnNames(), ds.rowCount
for row in rows(ds)[:4]:
    print row
print [r[1] for r in rows(system.tag.queryTagHistory(["Tanks/Level"], at(0), at(60), returnSize=1, aggregationMode="MinMax"))]
print system.tag.queryTagHistory(["Tanks/Level"], startDate=at(0), rangeMinutes=15).rowCount, \\
    system.tag.queryTagHistory(["Tanks/Level"], endDate=at(60), rangeHours=1).rowCount, \\
    system.tag.queryTagHistory(["Tanks/Level"], at(0), at(60), intervalSeconds=900).rowCount
""")
    assert run_one(gw).output == [
        "[path, value, quality, timestamp] 6",
        "[u'[default]Tanks/Level', 20.0, 192, Mon Jan 01 00:00:00 UTC 2024]",
        "[u'[default]Tanks/Level', 40.0, 192, Mon Jan 01 00:20:00 UTC 2024]",
        "[u'[default]Tanks/Level', 40.0, 192, Mon Jan 01 00:40:00 UTC 2024]",
        "[u'[default]Tanks/Pump', 1.0, 192, Mon Jan 01 00:00:00 UTC 2024]",
        "[10.0, 40.0]", "2 3 4",
    ]


def test_history_enabled_tags_record_their_value_and_every_write(make_gateway):
    gw = gateway(make_gateway, """
system.tag.writeBlocking(["Tanks/Level", "Tanks/Plain"], [55.5, 7])
system.tag.writeBlocking(["Tanks/Level"], ["not a number"])
recent = system.tag.queryTagHistory(["Tanks/Level", "Tanks/Plain"], rangeMinutes=5, returnFormat="Tall")
print recent.rowCount, [recent.getValueAt(r, "value") for r in range(recent.rowCount)]
""")
    assert run_one(gw).output == ["2 [10.0, 55.5]"]


def test_tag_calculations(make_gateway):
    gw = gateway(make_gateway, """
ds = system.tag.queryTagCalculations(paths, ["Average", "Minimum", "Maximum", "Count", "DurationOn"], at(0), at(60), aliases=["L", "P"])
print ds.getColumnNames()
for row in rows(ds):
    print row
""")
    assert run_one(gw).output == ["[path, Average, Minimum, Maximum, Count, DurationOn]",
                                  "[u'L', 28.333333333333332, 10.0, 40.0, 3.0, 3600000.0]",
                                  "[u'P', 0.5454545454545454, 0.0, 1.0, 2.0, 1800000.0]"]


@pytest.mark.parametrize("source, message", [
    ('system.tag.queryTagHistory(paths, aggregationMode="Median")', "unknown aggregation mode 'Median'"),
    ('system.tag.queryTagHistory(paths, returnFormat="Long")', 'returnFormat must be "Wide" or "Tall"'),
    ('system.tag.queryTagHistory(paths, at(60), at(0))', "startDate is after endDate"),
    ('system.tag.queryTagHistory(paths, columnNames=["one"])', "columnNames needs one name per path"),
    ('system.tag.queryTagHistory(paths, intervalMinutes=0)', "the interval must be positive"),
    ('system.tag.queryTagHistory("Tanks/Level")', "tagPaths must be a list"),
    ('system.tag.storeTagHistory("DB", "default", ["a", "b"], [1])', "differ in length"),
])
def test_history_argument_errors(make_gateway, source, message):
    assert message in fail_one(gateway(make_gateway, source)).error
