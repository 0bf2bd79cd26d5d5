# -*- coding: utf-8 -*-
# codecs as plant code uses it: text from devices and CSV exports in UTF-8/UTF-16 with BOMs (issue #18)
import codecs
print repr(codecs.encode(u'caf\xe9', 'utf-8')), repr(codecs.decode('caf\xc3\xa9', 'utf-8'))
print repr(codecs.BOM_UTF8), repr(codecs.BOM_UTF16_LE), repr(codecs.BOM_UTF16_BE), repr(codecs.BOM_UTF32_LE), codecs.BOM == codecs.BOM_UTF16, repr(codecs.BOM_UTF16)
info = codecs.lookup('UTF8')
print info.name, codecs.lookup('latin-1').name, codecs.lookup('ascii').name, codecs.lookup('cp1252').name
print repr(info.encode(u'\xe9')), repr(info.decode('\xc3\xa9'))
enc = codecs.getencoder('utf-16-le')
print repr(enc(u'ab')), repr(codecs.getdecoder('latin-1')('\xe9'))
for bad in (lambda: codecs.lookup('nope'), lambda: codecs.encode(u'\u20ac', 'ascii')):
    try:
        bad()
    except (LookupError, UnicodeError), e:
        print type(e).__name__, e
data = codecs.BOM_UTF8 + u'na\xefve'.encode('utf-8')
print repr(data.startswith(codecs.BOM_UTF8)), repr(data[len(codecs.BOM_UTF8):].decode('utf-8'))
print repr(codecs.decode('caf\xc3\xa9', 'utf-8', 'ignore')), repr(codecs.decode('caf\xff', 'utf-8', 'replace'))

def strip_bom(raw):
    """Decode a device export, whatever BOM it starts with."""
    for bom, encoding in ((codecs.BOM_UTF8, 'utf-8'), (codecs.BOM_UTF16_LE, 'utf-16-le'), (codecs.BOM_UTF16_BE, 'utf-16-be')):
        if raw.startswith(bom):
            return raw[len(bom):].decode(encoding)
    return raw.decode('latin-1')
for raw in (codecs.BOM_UTF16_LE + u'Tank 1'.encode('utf-16-le'), codecs.BOM_UTF16_BE + u'\xb0C'.encode('utf-16-be'), 'plain \xb5'):
    print repr(strip_bom(raw))
names = [codecs.lookup(n).name for n in ('utf_8', 'U8', 'latin_1', 'utf-16', 'UTF-16LE', 'us-ascii')]
print names
print isinstance(codecs.lookup('utf-8'), tuple), len(codecs.lookup('utf-8'))
