import json
for s in ['{', '[1,]', '', 'nope', '{"a": }', '{"a" 1}', '[1 2]', '{"a": 1,}', '"abc', '[1, 2', '{"a": 1} x', 'tru', '{1: 2}', "{'a': 1}", '  ', '[', '{"a":1', 'NaN']:
    try:
        print repr(json.loads(s))
    except ValueError, e:
        print repr(s), '->', e
