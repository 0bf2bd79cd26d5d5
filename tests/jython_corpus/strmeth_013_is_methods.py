for s in ["123", "12a", "abc", "  ", "", "Abc"]:
    print repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper()
print u"123".isnumeric(), u"12a".isalnum()
