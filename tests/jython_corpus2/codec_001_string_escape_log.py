# codec: logging raw serial frames with the string_escape codec
def log_frame(frame):
    text = frame.encode('string_escape')
    print 'frame[%d]: %s' % (len(frame), text)
    return text
a = log_frame('\x02ST,GS,+0012.5kg\r\n\x03')
b = log_frame("it's \"ok\"\t\\ done")
print repr(a.decode('string_escape')), a.decode('string_escape') == '\x02ST,GS,+0012.5kg\r\n\x03'
print repr(b.decode('string_escape'))
print repr('\xff\x00\x7f'.encode('string_escape')), repr(u'caf\xe9'.encode('string_escape'))
