# JSON round trip of a config: loads gives unicode, dumps follows Jython's dict order.
import json

text = '{"zeta": 1, "alpha": [1, 2.5, null, true], "mid": {"b": "x", "a": "y"}, "big": 1600000000000}'
cfg = json.loads(text)
print cfg
print type(cfg.keys()[0]).__name__, repr(cfg['mid']['a']), repr(cfg['big'])
print json.dumps(cfg)
print json.dumps(cfg, sort_keys=True, indent=2)
print json.dumps([u'caf\xe9', 'x']), json.dumps(u'caf\xe9', ensure_ascii=False) == u'"caf\xe9"'
