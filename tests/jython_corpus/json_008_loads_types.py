import json
for text in ['1', '1.5', 'true', 'null', '"s"', '[]', '12345678901234567890']:
    v = json.loads(text)
    print text, repr(v), type(v).__name__
