# str: isdigit family
for s in ['123', '12a', '', 'abc', 'ABC', ' ']:
    print repr(s), s.isdigit(), s.isalpha(), s.isupper(), s.isspace()
