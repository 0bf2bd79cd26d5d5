# Nested containers print their dicts and sets in Jython order too.
config = {'lines': [{'id': 2, 'name': 'B'}, {'id': 1, 'name': 'A'}],
          'flags': set(['fast', 'safe']), 'limits': {'hi': 90, 'lo': 10}}
print config
print config['lines']
print [sorted(x.items()) for x in config['lines']]
print (config['limits'], 'x')
