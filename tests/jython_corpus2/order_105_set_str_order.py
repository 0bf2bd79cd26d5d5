# order: set str order
s = set(['FIC101', 'TIC200', 'PIC300', 'LIC400', 'ZSO'])
print s
print sorted(s)
