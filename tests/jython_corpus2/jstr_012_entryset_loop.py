# jstr: iterating entrySet of a LinkedHashMap of recipe steps
from java.util import LinkedHashMap
recipe = LinkedHashMap()
recipe.put('fill', 30)
recipe.put('heat', 'to 80C')
recipe.put('mix', 12.5)
for e in recipe.entrySet():
    k, v = e.getKey(), e.getValue()
    print repr(k), repr(v), type(k).__name__
print recipe.keySet(), recipe.values()
print repr(recipe.toString())
print [(k, recipe[k]) for k in recipe.keySet()]
