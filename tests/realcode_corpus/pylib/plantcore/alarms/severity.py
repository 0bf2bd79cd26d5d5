LABELS = {0: 'Diagnostic', 1: 'Low', 2: 'Medium', 3: 'High', 4: 'Critical'}


def label(level):
	return LABELS.get(level, 'Unknown')
