# Parsing a multi-line recipe text block.
recipe = """
name = Batch A
temp = 80
  time = 15
# comment
mode =  auto
"""
settings = {}
for raw in recipe.splitlines():
    line = raw.strip()
    if not line or line.startswith('#'):
        continue
    key, _, value = line.partition('=')
    settings[key.strip()] = value.strip()
print sorted(settings.items())
print int(settings['temp']) + int(settings['time']), settings['mode'].upper()
print repr(recipe[:6]), recipe.count('\n'), len(recipe.split())
