# sys, os, os.path and traceback as plant code uses them: logging helpers, path building
import sys
import os
import os.path
import traceback
from os.path import join, splitext, basename


def describe():
    print sys.version[:3], sys.platform[:4], sys.maxint, sys.getdefaultencoding()
    print sys.version_info[0], sys.version_info[:2], sys.hexversion > 0x2070000
    print os.sep, repr(os.linesep), os.name, os.pathsep, os.curdir, os.pardir
    print join('reports', 'daily', 'line3.csv'), splitext('a/b/c.tar.gz'), basename('/x/y.txt')
    print os.path.dirname('/opt/data/file.csv'), os.path.split('a/b'), os.path.normpath('a/./b/../c')
    print os.path.isabs('/x'), os.path.isabs('x'), os.path.commonprefix(['/a/bc', '/a/bd'])


class Recipe(object):
    def __init__(self, name):
        self.name = name

    def load(self, steps):
        return 100 / steps


def safe_load(recipe, steps):
    try:
        return recipe.load(steps)
    except Exception, e:
        lines = traceback.format_exc().splitlines()
        print lines[0]
        print lines[-1]
        etype, value, tb = sys.exc_info()
        print etype.__name__, value
        print len(traceback.format_exception(etype, value, tb)) >= 2
        print traceback.format_exception_only(etype, value)
        return None


describe()
print safe_load(Recipe('r1'), 4)
print safe_load(Recipe('r2'), 0)
sys.stdout.write('written\n')
print >>sys.stdout, 'to', 'stdout'
try:
    raise ValueError('bad tank level')
except ValueError:
    text = traceback.format_exc()
    print text.splitlines()[-1]
print traceback.format_exc() if False else 'done'
