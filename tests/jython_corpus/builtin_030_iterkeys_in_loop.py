config = {'host': 'plc1', 'port': 502, 'unit': 1}
for key in sorted(config.iterkeys()):
    print key, "=", config[key]
