# sem: nested data
plant = {'lines': [{'id': 1, 'pumps': ['P1', 'P2']}, {'id': 2, 'pumps': []}]}
for line in plant['lines']:
    print line['id'], len(line['pumps']), ', '.join(line['pumps']) or '-'
