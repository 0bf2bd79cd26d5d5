-- The example gateway's "Plant" database: an in-memory SQLite database created from this
-- script each time a gateway starts (see db.json), so running the example never writes here.
CREATE TABLE tank_levels (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    tank    TEXT NOT NULL,
    level   REAL NOT NULL,
    t_stamp DATETIME NOT NULL
);
INSERT INTO tank_levels (tank, level, t_stamp) VALUES
    ('T1', 40.0, '2024-05-01 08:00:00'),
    ('T1', 41.5, '2024-05-01 09:00:00'),
    ('T2', 12.0, '2024-05-01 08:00:00');
