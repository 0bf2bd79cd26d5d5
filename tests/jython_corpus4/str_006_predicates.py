# str predicates (isalpha, isdigit, ...) on typical field values.
for s in ['abc', 'ABC', '123', 'a1', ' ', '', 'Abc Def']:
    print repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.isupper(), s.istitle()
