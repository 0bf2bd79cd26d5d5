# A library converts IOError into its own error, keeping the text.
class RecipeError(Exception):
    def __init__(self, message, cause):
        Exception.__init__(self, message)
        self.cause = cause


def load_recipe(name):
    try:
        return open(name).read()
    except IOError, e:
        raise RecipeError('cannot load %s (%s)' % (name, e.strerror), e)


try:
    load_recipe('ioerr_010_recipe.json')
except RecipeError, e:
    print 'RecipeError:', e
    print 'cause:', type(e.cause).__name__, e.cause.errno
    print isinstance(e, StandardError), isinstance(e.cause, StandardError)
