"""Every module name of Jython 2.7.3's standard library: its ``Lib/`` (without the test
packages) and its built-in modules, as listed from ``jython-2.7.3.jar`` and
``sys.builtin_module_names``. ``tests/test_stdlib.py`` checks this list against the installed
jar when there is one.
"""

JYTHON_MODULES: frozenset[str] = frozenset("""
BaseHTTPServer CGIHTTPServer ConfigParser Cookie DocXMLRPCServer HTMLParser MimeWriter Queue
SimpleHTTPServer SimpleXMLRPCServer SocketServer StringIO UserDict UserList UserString
_LWPCookieJar _MozillaCookieJar __builtin__ __future__ _abcoll _ast _bytecodetools _codecs
_collections _csv _fix_jython_setuptools_osx _fsum _functools _google_ipaddr_r234 _hashlib _imp
_io _json _jyio _jythonlib _locale _marshal _py_compile _pyio _random _rawffi _socket _sre
_sslcerts _strptime _threading _threading_local _weakref _weakrefset abc aifc anydbm argparse
array ast asynchat asyncore atexit base64 bdb binascii binhex bisect bz2 cPickle cStringIO
calendar cgi cgitb chunk cmath cmd code codecs codeop collections colorsys commands compileall
compiler compiler.ast compiler.consts compiler.future compiler.misc compiler.pyassem
compiler.pycodegen compiler.symbols compiler.syntax compiler.transformer compiler.visitor
contextlib cookielib copy copy_reg crypt csv ctypes datetime dbexts decimal difflib dircache dis
distutils distutils.archive_util distutils.bcppcompiler distutils.ccompiler distutils.cmd
distutils.command distutils.command.bdist distutils.command.bdist_dumb
distutils.command.bdist_msi distutils.command.bdist_rpm distutils.command.bdist_wininst
distutils.command.build distutils.command.build_clib distutils.command.build_ext
distutils.command.build_py distutils.command.build_scripts distutils.command.check
distutils.command.clean distutils.command.config distutils.command.install
distutils.command.install_data distutils.command.install_egg_info
distutils.command.install_headers distutils.command.install_lib
distutils.command.install_scripts distutils.command.register distutils.command.sdist
distutils.command.upload distutils.config distutils.core distutils.cygwinccompiler
distutils.debug distutils.dep_util distutils.dir_util distutils.dist distutils.emxccompiler
distutils.errors distutils.extension distutils.fancy_getopt distutils.file_util
distutils.filelist distutils.jythoncompiler distutils.log distutils.msvc9compiler
distutils.msvccompiler distutils.spawn distutils.sysconfig distutils.text_file
distutils.unixccompiler distutils.util distutils.version distutils.versionpredicate doctest
dumbdbm dummy_thread dummy_threading email email._parseaddr email.base64mime email.charset
email.encoders email.errors email.feedparser email.generator email.header email.iterators
email.message email.mime email.mime.application email.mime.audio email.mime.base
email.mime.image email.mime.message email.mime.multipart email.mime.nonmultipart email.mime.text
email.parser email.quoprimime email.utils encodings encodings._java encodings.aliases
encodings.ascii encodings.base64_codec encodings.big5 encodings.big5hkscs encodings.bz2_codec
encodings.charmap encodings.cp037 encodings.cp1006 encodings.cp1026 encodings.cp1140
encodings.cp1250 encodings.cp1251 encodings.cp1252 encodings.cp1253 encodings.cp1254
encodings.cp1255 encodings.cp1256 encodings.cp1257 encodings.cp1258 encodings.cp424
encodings.cp437 encodings.cp500 encodings.cp720 encodings.cp737 encodings.cp775 encodings.cp850
encodings.cp852 encodings.cp855 encodings.cp856 encodings.cp857 encodings.cp858 encodings.cp860
encodings.cp861 encodings.cp862 encodings.cp863 encodings.cp864 encodings.cp865 encodings.cp866
encodings.cp869 encodings.cp874 encodings.cp875 encodings.cp932 encodings.cp949 encodings.cp950
encodings.euc_jis_2004 encodings.euc_jisx0213 encodings.euc_jp encodings.euc_kr
encodings.gb18030 encodings.gb2312 encodings.gbk encodings.hex_codec encodings.hp_roman8
encodings.hz encodings.idna encodings.iso2022_jp encodings.iso2022_jp_1 encodings.iso2022_jp_2
encodings.iso2022_jp_2004 encodings.iso2022_jp_3 encodings.iso2022_jp_ext encodings.iso2022_kr
encodings.iso8859_1 encodings.iso8859_10 encodings.iso8859_11 encodings.iso8859_13
encodings.iso8859_14 encodings.iso8859_15 encodings.iso8859_16 encodings.iso8859_2
encodings.iso8859_3 encodings.iso8859_4 encodings.iso8859_5 encodings.iso8859_6
encodings.iso8859_7 encodings.iso8859_8 encodings.iso8859_9 encodings.johab encodings.koi8_r
encodings.koi8_u encodings.latin_1 encodings.mac_arabic encodings.mac_centeuro
encodings.mac_croatian encodings.mac_cyrillic encodings.mac_farsi encodings.mac_greek
encodings.mac_iceland encodings.mac_latin2 encodings.mac_roman encodings.mac_romanian
encodings.mac_turkish encodings.mbcs encodings.palmos encodings.ptcp154 encodings.punycode
encodings.quopri_codec encodings.raw_unicode_escape encodings.rot_13 encodings.shift_jis
encodings.shift_jis_2004 encodings.shift_jisx0213 encodings.string_escape encodings.tis_620
encodings.undefined encodings.unicode_escape encodings.unicode_internal encodings.utf_16
encodings.utf_16_be encodings.utf_16_le encodings.utf_32 encodings.utf_32_be encodings.utf_32_le
encodings.utf_7 encodings.utf_8 encodings.utf_8_sig encodings.uu_codec encodings.zlib_codec
errno exceptions filecmp fileinput fnmatch formatter fpformat fractions ftplib functools
future_builtins gc genericpath getopt getpass gettext glob grp gzip hashlib heapq hmac
htmlentitydefs htmllib httplib ihooks imaplib imghdr imp importlib inspect io isql itertools
jarray javapath javashell jffi json json.decoder json.encoder json.scanner json.tool jythonlib
keyword lib2to3 lib2to3.__main__ lib2to3.btm_matcher lib2to3.btm_utils lib2to3.fixer_base
lib2to3.fixer_util lib2to3.fixes lib2to3.fixes.fix_apply lib2to3.fixes.fix_basestring
lib2to3.fixes.fix_buffer lib2to3.fixes.fix_callable lib2to3.fixes.fix_dict
lib2to3.fixes.fix_except lib2to3.fixes.fix_exec lib2to3.fixes.fix_execfile
lib2to3.fixes.fix_exitfunc lib2to3.fixes.fix_filter lib2to3.fixes.fix_funcattrs
lib2to3.fixes.fix_future lib2to3.fixes.fix_getcwdu lib2to3.fixes.fix_has_key
lib2to3.fixes.fix_idioms lib2to3.fixes.fix_import lib2to3.fixes.fix_imports
lib2to3.fixes.fix_imports2 lib2to3.fixes.fix_input lib2to3.fixes.fix_intern
lib2to3.fixes.fix_isinstance lib2to3.fixes.fix_itertools lib2to3.fixes.fix_itertools_imports
lib2to3.fixes.fix_long lib2to3.fixes.fix_map lib2to3.fixes.fix_metaclass
lib2to3.fixes.fix_methodattrs lib2to3.fixes.fix_ne lib2to3.fixes.fix_next
lib2to3.fixes.fix_nonzero lib2to3.fixes.fix_numliterals lib2to3.fixes.fix_operator
lib2to3.fixes.fix_paren lib2to3.fixes.fix_print lib2to3.fixes.fix_raise
lib2to3.fixes.fix_raw_input lib2to3.fixes.fix_reduce lib2to3.fixes.fix_renames
lib2to3.fixes.fix_repr lib2to3.fixes.fix_set_literal lib2to3.fixes.fix_standarderror
lib2to3.fixes.fix_sys_exc lib2to3.fixes.fix_throw lib2to3.fixes.fix_tuple_params
lib2to3.fixes.fix_types lib2to3.fixes.fix_unicode lib2to3.fixes.fix_urllib
lib2to3.fixes.fix_ws_comma lib2to3.fixes.fix_xrange lib2to3.fixes.fix_xreadlines
lib2to3.fixes.fix_zip lib2to3.main lib2to3.patcomp lib2to3.pgen2 lib2to3.pgen2.conv
lib2to3.pgen2.driver lib2to3.pgen2.grammar lib2to3.pgen2.literals lib2to3.pgen2.parse
lib2to3.pgen2.pgen lib2to3.pgen2.token lib2to3.pgen2.tokenize lib2to3.pygram lib2to3.pytree
lib2to3.refactor linecache locale logging logging.config logging.handlers macpath macurl2path
mailbox mailcap markupbase marshal math md5 mhlib mimetools mimetypes mimify modjy modjy.modjy
modjy.modjy_exceptions modjy.modjy_impl modjy.modjy_input modjy.modjy_log modjy.modjy_params
modjy.modjy_publish modjy.modjy_response modjy.modjy_write modjy.modjy_wsgi multifile mutex
netrc new nntplib ntpath nturl2path numbers opcode operator optparse os pawt pawt.colors
pawt.swing pdb pickle pickletools pipes pkgutil platform plistlib popen2 poplib posix posixfile
posixpath pprint profile pstats pty pwd py_compile pycimport pyclbr pydoc pydoc_data
pydoc_data.topics pyexpat quopri random re readline repr rfc822 rlcompleter robotparser runpy
sched select sets sgmllib sha shelve shlex shutil signal site smtpd smtplib sndhdr socket sre
sre_compile sre_constants sre_parse ssl stat string struct subprocess symbol synchronize sys
sysconfig tabnanny tarfile telnetlib tempfile textwrap this thread threading time timeit token
tokenize trace traceback tty types ucnhash unicodedata unittest unittest.__main__ unittest.case
unittest.loader unittest.main unittest.result unittest.runner unittest.signals unittest.suite
unittest.util urllib urllib2 urlparse user uu uuid warnings weakref webbrowser whichdb wsgiref
wsgiref.handlers wsgiref.headers wsgiref.simple_server wsgiref.util wsgiref.validate xdrlib xml
xml.FtCore xml.Uri xml.dom xml.dom.NodeFilter xml.dom.domreg xml.dom.expatbuilder
xml.dom.minicompat xml.dom.minidom xml.dom.pulldom xml.dom.xmlbuilder xml.etree
xml.etree.ElementInclude xml.etree.ElementPath xml.etree.ElementTree xml.etree.cElementTree
xml.parsers xml.parsers.expat xml.sax xml.sax._exceptions xml.sax.drivers2
xml.sax.drivers2.drv_javasax xml.sax.handler xml.sax.saxlib xml.sax.saxutils xml.sax.xmlreader
xmllib xmlrpclib zipfile zipimport zlib
""".split())
