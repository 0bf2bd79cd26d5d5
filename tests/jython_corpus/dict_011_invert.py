codes = {'RUN': 1, 'STOP': 0, 'FAULT': 3}
inverse = dict((v, k) for k, v in codes.items())
for code in sorted(inverse):
    print code, inverse[code]
