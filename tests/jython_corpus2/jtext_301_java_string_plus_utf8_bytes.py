# a Java String (unicode) meets a UTF-8 byte string, as tag values meet literals
from java.lang import StringBuilder

def label(line, suffix):
    try:
        return line + suffix
    except UnicodeDecodeError, e:
        print 'log: cannot build label:', e.start, e.reason
        return line + suffix.decode('utf-8')

line = StringBuilder('Line ').append(3).toString()
print repr(line), type(line).__name__
print repr(label(line, ' ok'))
print repr(label(line, ' \xc3\xa9tat'))
print repr(label(line, u' \xe9tat'))
