raw = [0, 4095, 2048, 1000]
for r in raw:
    eng = r * 100 / 4095
    print r, eng
