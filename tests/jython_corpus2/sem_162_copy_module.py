# sem: copy module
import copy
a = {'l': [1, 2]}
b = copy.copy(a)
c = copy.deepcopy(a)
a['l'].append(3)
print b['l'], c['l']
