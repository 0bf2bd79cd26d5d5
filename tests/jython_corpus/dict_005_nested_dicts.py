cfg = {'plc': {'ip': '10.0.0.1', 'port': 502}, 'db': {'name': 'hist'}}
print cfg['plc']['port']
for section in sorted(cfg):
    for key in sorted(cfg[section]):
        print section, key, cfg[section][key]
