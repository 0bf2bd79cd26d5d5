# Module dunders: what a pylib package declares about itself, and what a script defines
"""Shift report generator."""
__version__ = '1.0.3'
__author__ = 'Line 3 controls'
__doc__ = 'Shift report generator, rev ' + __version__
__all__ = ['report']
__status__ = 'production'
import plantcore
import plantcore.alarms
import plantcore.alarms.rules as rules

print plantcore.__version__, plantcore.__author__
print plantcore.__copyright__, '/', plantcore.__license__
print plantcore.__all__
print plantcore.__doc__
print plantcore.describe()
print plantcore.__name__, plantcore.alarms.__name__, rules.__name__
print plantcore.alarms.__doc__.split(':')[0]
print __name__, __version__, __author__, __status__
print __doc__
print __all__
print rules.__all__, rules.Rule.__name__, rules.Rule.__module__
print rules.Rule.__slots__


def report():
	"""Build the shift report."""
	return 'report'

print report.__name__, report.__doc__, report.__module__
print hasattr(plantcore, '__version__'), getattr(plantcore, '__author__')
