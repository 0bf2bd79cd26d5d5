# Jython parses Python keywords as attribute names (Java APIs use them: Date.from, obj.print)
class Record(object):
	pass

r = Record()
r.print = 'printed'
r.exec = 'executed'
r.class_ = 'classed'
r.assert_ = True
setattr(r, 'from', 'origin')
setattr(r, 'global', 'everywhere')
print r.print, r.exec, r.class_
print r.from, getattr(r, 'global')
print r.global


class Job(object):
	def __init__(self):
		self.lambda_ = 1
		self.print = self.show

	def show(self, text):
		return '<%s>' % text

j = Job()
print j.print('x'), j.lambda_
print sorted(k for k in vars(r))
