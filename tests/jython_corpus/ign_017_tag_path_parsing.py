def handleMessage(payload):
    for path in payload['paths']:
        provider = path[path.find("[") + 1:path.find("]")]
        parts = path[path.find("]") + 1:].split("/")
        print provider, parts[-1], len(parts), "/".join(parts[:-1])
handleMessage({'paths': ['[default]Area/Line1/Motor', '[edge]Pump']})
