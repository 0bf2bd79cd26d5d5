"""plantcore: shared helpers every project of the gateway uses (kept in user-lib/pylib)."""
__version__ = '2.4.1'
__author__ = 'Controls Engineering'
__copyright__ = 'Copyright (c) 2019 Plant Controls'
__license__ = 'Proprietary'
__all__ = ['VERSION_TEXT', 'describe', 'counter']

VERSION_TEXT = 'plantcore ' + __version__
PUBLIC_BUT_UNLISTED = 'not in __all__'
_imports = []


def describe():
	return '%s by %s (%s)' % (VERSION_TEXT, __author__, __license__)


def counter():
	_imports.append(1)
	return len(_imports)


def _private_helper():
	return 'private'
