# order: dict in list print
rows = [{'id': 1, 'name': 'P1', 'status': 'run'}, {'id': 2, 'name': 'P2', 'status': 'stop'}]
for r in rows:
    print r
