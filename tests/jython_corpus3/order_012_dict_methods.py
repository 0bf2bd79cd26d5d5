# dict methods used on configuration dicts.
cfg = {'host': 'plc1', 'port': 502, 'unit': 1}
print cfg.get('port'), cfg.get('timeout', 3), cfg.setdefault('retries', 2), cfg
print cfg.pop('unit'), cfg.pop('missing', None), sorted(cfg)
print cfg.has_key('host'), 'port' in cfg, len(cfg)
items = cfg.items()
items.sort()
print items, type(items).__name__
print dict(a=1, b=2), dict([('x', 1)], y=2), dict.fromkeys('ab')
try:
    cfg['nope']
except KeyError, e:
    print 'KeyError:', e, repr(e)
