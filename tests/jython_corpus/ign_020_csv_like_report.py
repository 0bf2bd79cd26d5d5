def handleMessage(payload):
    lines = ["name,qty,price"]
    for item in payload['items']:
        lines.append("%s,%d,%.2f" % (item[0], item[1], item[2]))
    report = "\n".join(lines)
    print report
    print "total", sum(i[1] * i[2] for i in payload['items'])
handleMessage({'items': [('bolt', 10, 0.25), ('nut', 4, 0.1)]})
