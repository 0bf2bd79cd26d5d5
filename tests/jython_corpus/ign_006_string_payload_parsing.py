def handleMessage(payload):
    raw = payload['barcode']
    parts = raw.split("|")
    lot, qty, weight = parts[0], int(parts[1]), float(parts[2])
    print "lot", lot, "qty", qty, "weight", weight
    print "per unit", weight / qty, "boxes", qty / 12, "rest", qty % 12
handleMessage({'barcode': 'LOT42|50|12.5'})
