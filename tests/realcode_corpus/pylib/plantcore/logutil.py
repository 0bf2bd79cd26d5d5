"""Logging helpers in the style plant code carries them: who called, from which line."""
import sys
import inspect
import traceback
from os.path import basename

LINES = []


def caller_name(depth=1):
	"""The name of the function ``depth`` levels above the one calling this."""
	return sys._getframe(depth + 1).f_code.co_name


def log(msg, *args):
	frame = sys._getframe(1)
	if args:
		msg = msg % args
	line = '[%s:%d] %s' % (frame.f_code.co_name, frame.f_lineno, msg)
	LINES.append(line)
	print line


def log_stack(msg):
	stack = inspect.stack()
	print '%s <- %s (line %d): %s' % (stack[1][3], stack[2][3], stack[2][2], msg)


def where():
	info = inspect.getframeinfo(inspect.currentframe().f_back)
	return '%s:%s:%d' % (basename(info[0]), info[2], info[1])


def log_error(context):
	etype, value, tb = sys.exc_info()
	first = tb
	last = tb
	depth = 1
	while last.tb_next is not None:
		last = last.tb_next
		depth += 1
	code = last.tb_frame.f_code
	print 'ERROR %s: %s: %s' % (context, etype.__name__, value)
	print '  raised in %s (%s line %d), caught in %s line %d, %d frames' % (
		code.co_name, basename(code.co_filename), last.tb_lineno,
		first.tb_frame.f_code.co_name, first.tb_lineno, depth)


def error_text():
	return traceback.format_exc()
