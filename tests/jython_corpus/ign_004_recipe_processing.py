def handleMessage(payload):
    recipe = payload['recipe']
    total = sum(step['secs'] for step in recipe)
    print "steps:", len(recipe), "total:", total, "avg:", total / len(recipe)
    for i, step in enumerate(recipe):
        print i + 1, step['name'].upper(), "%.1f%%" % (step['secs'] * 100.0 / total)
handleMessage({'recipe': [{'name': 'fill', 'secs': 30}, {'name': 'mix', 'secs': 45}, {'name': 'drain', 'secs': 20}]})
