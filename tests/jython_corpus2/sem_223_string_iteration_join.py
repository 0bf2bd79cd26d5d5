# sem: string iteration join
s = 'pump'
print '-'.join(s), list(reversed(s)), ''.join(sorted(s))
