"""The sandbox policy in one place: what scripts may import, read and call.

Read this file to know what a script can reach. Everything else in ``runtime.scripts.sandbox`` enforces
it. The shape follows RestrictedPython's ``Guards.py`` and Home Assistant's ``python_script``:
allow-lists as named constants, wrappers instead of raw modules, errors that name what was refused.

Why allow-lists of *names* per module: real stdlib modules leak others through plain attributes
(``datetime.sys``, ``re.enum.bltns`` is builtins, ``json.codecs``, ``re.copyreg``), and
``from json import codecs`` is a plain attribute read that never meets ``_getattr_``. Scripts get
read-only proxies holding exactly the names below, so those leaks do not exist to be guarded.
"""
from __future__ import annotations

import re

from RestrictedPython.transformer import INSPECT_ATTRIBUTES

#: Standard-library modules a script may import, and the names each proxy exposes. Anything
#: else is refused with an ImportError naming the module. ``string``/``itertools`` gain their
#: Python 2 names from ``runtime.scripts.legacy.builtins``.
SAFE_MODULES: dict[str, tuple[str, ...]] = {
    "math": (
        "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "ceil", "copysign", "cos",
        "cosh", "degrees", "e", "erf", "erfc", "exp", "expm1", "fabs", "factorial", "floor",
        "fmod", "frexp", "fsum", "gamma", "hypot", "inf", "isinf", "isnan", "ldexp", "lgamma",
        "log", "log10", "log1p", "modf", "nan", "pi", "pow", "radians", "sin", "sinh", "sqrt",
        "tan", "tanh", "trunc",
    ),
    "time": (
        "altzone", "asctime", "ctime", "daylight", "gmtime", "localtime", "mktime", "monotonic",
        "perf_counter", "sleep", "strftime", "strptime", "struct_time", "time", "timezone",
        "tzname",
    ),
    "datetime": ("MAXYEAR", "MINYEAR", "date", "datetime", "time", "timedelta", "timezone", "tzinfo"),
    "json": ("JSONDecodeError", "JSONDecoder", "JSONEncoder", "dumps", "loads"),
    "re": (
        "DOTALL", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "S", "U", "UNICODE", "VERBOSE",
        "X", "compile", "error", "escape", "findall", "finditer", "fullmatch", "match", "search",
        "split", "sub", "subn",
    ),
    "random": (  # Jython's generator: runtime.scripts.legacy.py2random
        "Random", "choice", "expovariate", "gauss", "getrandbits", "lognormvariate", "normalvariate",
        "randint", "random", "randrange", "sample", "seed", "shuffle", "triangular", "uniform",
    ),
    "string": (
        "Template", "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
        "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
    ),
    "collections": ("Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"),
    "itertools": (
        "accumulate", "chain", "combinations", "combinations_with_replacement", "compress",
        "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice", "permutations", "product", "repeat",
        "starmap", "takewhile", "tee", "zip_longest",
    ),
    "functools": ("cmp_to_key", "lru_cache", "partial", "reduce", "total_ordering", "wraps"),
    "copy": ("copy", "deepcopy"),
    "decimal": ("Decimal", "InvalidOperation", "ROUND_CEILING", "ROUND_DOWN", "ROUND_FLOOR",
                "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_HALF_UP", "ROUND_UP", "getcontext"),
    "fractions": ("Fraction",),
    # the error numbers scripts compare ``e.errno`` with (Linux values, as Jython's); not the
    # ``errorcode`` dict, which every script would share
    "errno": ("E2BIG", "EACCES", "EAGAIN", "EBADF", "EBUSY", "ECONNREFUSED", "ECONNRESET", "EEXIST",
              "EINTR", "EINVAL", "EIO", "EISDIR", "EMFILE", "ENOENT", "ENOSPC", "ENOTDIR", "ENOTEMPTY",
              "EPERM", "EPIPE", "EROFS", "ETIMEDOUT", "EWOULDBLOCK", "EXDEV"),
    "heapq": ("heapify", "heappop", "heappush", "heappushpop", "heapreplace", "merge", "nlargest",
              "nsmallest"),
    "bisect": ("bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"),
    "textwrap": ("dedent", "fill", "indent", "shorten", "wrap"),
    "calendar": ("isleap", "leapdays", "monthrange", "timegm", "weekday", "month_name", "day_name",
                 "month_abbr", "day_abbr"),
    "base64": ("b16decode", "b16encode", "b32decode", "b32encode", "b64decode", "b64encode",
               "decodebytes", "encodebytes", "standard_b64decode", "standard_b64encode",
               "urlsafe_b64decode", "urlsafe_b64encode"),
    # hashlib, base64, struct, binascii and zlib take and give the script's ``str`` as bytes
    # (runtime/scripts/legacy/py2bytes.py); Python 2-only names (encodestring ...) come from there
    "hashlib": ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "new"),
    "binascii": ("a2b_base64", "a2b_hex", "a2b_qp", "b2a_base64", "b2a_hex", "b2a_qp", "crc32",
                 "crc_hqx", "hexlify", "unhexlify", "Error", "Incomplete"),
    "zlib": ("adler32", "compress", "crc32", "decompress", "error", "MAX_WBITS", "DEFLATED",
             "Z_BEST_COMPRESSION", "Z_BEST_SPEED", "Z_DEFAULT_COMPRESSION"),
    "struct": ("calcsize", "pack", "unpack", "unpack_from", "error"),
    # Python 2 scripts use these two daily: operator's arithmetic and item functions (not
    # attrgetter/methodcaller, which would read attributes past the guard), and locks for
    # ``with lock:``; Thread and Timer run as system.util.invokeAsynchronous runs a function.
    "operator": (
        "abs", "add", "and_", "concat", "contains", "countOf", "delitem", "eq", "floordiv",
        "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imod",
        "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not",
        "isub", "itemgetter", "itruediv", "ixor", "le", "lshift", "lt", "mod", "mul", "ne",
        "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth",
        "xor",
    ),
    "threading": ("Lock", "RLock", "Thread", "Timer"),
    # Jython modules whose CPython namesake behaves the same for what scripts use
    "csv": ("Dialect", "DictReader", "DictWriter", "Error", "QUOTE_ALL", "QUOTE_MINIMAL",
            "QUOTE_NONE", "QUOTE_NONNUMERIC", "Sniffer", "excel", "excel_tab", "reader", "writer"),
    "weakref": ("CallableProxyType", "ProxyType", "ReferenceType", "WeakKeyDictionary",
                "WeakSet", "WeakValueDictionary", "getweakrefcount", "proxy", "ref"),
    "typing": ("TYPE_CHECKING", "Any", "Callable", "Dict", "FrozenSet", "Generator", "Iterable",
               "Iterator", "List", "Mapping", "NamedTuple", "Optional", "Sequence", "Set", "Text",
               "Tuple", "Type", "TypeVar", "Union", "cast"),
    "ast": ("literal_eval",),
    "fnmatch": ("filter", "fnmatch", "fnmatchcase", "translate"),
    "difflib": ("Differ", "SequenceMatcher", "context_diff", "get_close_matches", "ndiff",
                "unified_diff"),
    "colorsys": ("hls_to_rgb", "hsv_to_rgb", "rgb_to_hls", "rgb_to_hsv", "rgb_to_yiq", "yiq_to_rgb"),
    # isinstance(x, numbers.Real) ...; ``register`` is refused (CLASS_STATE_METHODS)
    "numbers": ("Complex", "Integral", "Number", "Rational", "Real"),
    "getopt": ("GetoptError", "error", "getopt", "gnu_getopt"),
    "cmath": ("acos", "asin", "atan", "cos", "e", "exp", "isinf", "isnan", "log", "log10", "phase",
              "pi", "polar", "rect", "sin", "sqrt", "tan"),
}

#: Jython standard-library modules emulated in ``runtime/emulated/stdlib`` and the names each
#: proxy exposes (a package's emulated submodules are reachable as attributes too). A name of
#: the real module that is not listed is refused: ``os.system is not available in the sandbox``.
EMULATED_STDLIB: dict[str, tuple[str, ...]] = {
    "sys": ("_getframe", "argv", "builtin_module_names", "byteorder", "copyright", "dont_write_bytecode",
            "exc_clear", "exc_info", "float_info", "getcheckinterval", "getdefaultencoding",
            "getfilesystemencoding", "getrecursionlimit", "hexversion", "maxint", "maxsize",
            "maxunicode", "minint", "path", "platform", "py3kwarning", "stderr", "stdout",
            "subversion", "version", "version_info"),
    "os": ("F_OK", "R_OK", "SEEK_CUR", "SEEK_END", "SEEK_SET", "W_OK", "X_OK", "access", "altsep",
           "curdir", "defpath", "devnull", "environ", "error", "extsep", "getcwd", "getcwdu", "getenv",
           "linesep", "listdir", "name", "pardir", "pathsep", "sep", "walk"),
    "os.path": ("abspath", "altsep", "basename", "commonprefix", "curdir", "defpath", "devnull",
                "dirname", "exists", "expanduser", "extsep", "getatime", "getctime", "getmtime",
                "getsize", "isabs", "isdir", "isfile", "islink", "ismount", "join", "lexists",
                "normcase", "normpath", "pardir", "pathsep", "realpath", "relpath", "sep", "split",
                "splitdrive", "splitext", "supports_unicode_filenames"),
    "traceback": ("extract_stack", "extract_tb", "format_exc", "format_exception",
                  "format_exception_only", "format_list", "format_stack", "format_tb",
                  "print_exc", "print_exception", "print_stack", "print_tb"),
    "types": ("BooleanType", "BuiltinFunctionType", "BuiltinMethodType", "ClassType", "CodeType",
              "ComplexType", "DictType", "DictionaryType", "EllipsisType", "FloatType",
              "FrameType", "FunctionType", "GeneratorType", "InstanceType", "IntType",
              "LambdaType", "ListType", "LongType", "MethodType", "ModuleType", "NoneType",
              "NotImplementedType", "ObjectType", "SliceType", "StringType", "StringTypes",
              "TracebackType", "TupleType", "TypeType", "UnboundMethodType", "UnicodeType",
              "XRangeType"),
    "StringIO": ("StringIO",),
    "cStringIO": ("InputType", "OutputType", "StringIO"),
    "jarray": ("array", "zeros"),
    "array": ("ArrayType", "array"),
    "logging": ("CRITICAL", "DEBUG", "ERROR", "FATAL", "Formatter", "Handler", "INFO", "Logger",
                "NOTSET", "NullHandler", "StreamHandler", "WARN", "WARNING", "basicConfig",
                "critical", "debug", "disable", "error", "exception", "fatal", "getLevelName",
                "getLogger", "info", "log", "root", "warn", "warning"),
    "Queue": ("Empty", "Full", "LifoQueue", "PriorityQueue", "Queue"),
    "uuid": ("NAMESPACE_DNS", "NAMESPACE_OID", "NAMESPACE_URL", "NAMESPACE_X500", "RESERVED_FUTURE",
             "RESERVED_MICROSOFT", "RESERVED_NCS", "RFC_4122", "UUID", "uuid1", "uuid3", "uuid4",
             "uuid5"),
    "urllib": ("pathname2url", "quote", "quote_plus", "unquote", "unquote_plus", "url2pathname",
               "urlencode"),
    "urllib2": ("HTTPError", "URLError", "quote", "unquote"),
    "urlparse": ("parse_qs", "parse_qsl", "urldefrag", "urljoin", "urlparse", "urlsplit",
                 "urlunparse", "urlunsplit"),
    "httplib": ("HTTPException", "responses"),
    "pprint": ("PrettyPrinter", "isreadable", "isrecursive", "pformat", "pprint", "saferepr"),
    "inspect": ("ArgSpec", "Traceback", "cleandoc", "currentframe", "getargspec", "getdoc",
                "getframeinfo", "getouterframes", "isbuiltin", "isclass", "isfunction",
                "isgenerator", "isgeneratorfunction", "ismethod", "ismodule", "isroutine",
                "stack"),
    "xml": (),
    "xml.dom": ("Node",),
    "xml.dom.minidom": ("Document", "Element", "Node", "Text", "getDOMImplementation", "parse",
                        "parseString"),
    "xml.etree": (),
    "xml.etree.ElementTree": ("Element", "ElementTree", "ParseError", "QName", "SubElement", "XML",
                              "fromstring", "iselement", "parse", "tostring"),
    "xml.etree.cElementTree": ("Element", "ElementTree", "ParseError", "QName", "SubElement",
                               "XML", "fromstring", "iselement", "parse", "tostring"),
    "xml.sax": (),
    "xml.sax.saxutils": ("escape", "quoteattr", "unescape"),
    "contextlib": ("closing", "contextmanager", "nested"),
    "abc": ("ABCMeta", "abstractmethod", "abstractproperty"),
    "io": ("BytesIO", "StringIO"),
    "sets": ("ImmutableSet", "Set"),
    "UserDict": ("DictMixin", "IterableUserDict", "UserDict"),
    "unicodedata": ("bidirectional", "category", "combining", "decimal", "decomposition", "digit",
                    "east_asian_width", "lookup", "mirrored", "name", "normalize", "numeric",
                    "unidata_version"),
    "keyword": ("iskeyword", "kwlist"),
    "htmlentitydefs": ("codepoint2name", "entitydefs", "name2codepoint"),
    "ConfigParser": ("ConfigParser", "DEFAULTSECT", "DuplicateSectionError", "Error",
                     "InterpolationDepthError", "InterpolationError", "InterpolationMissingOptionError",
                     "InterpolationSyntaxError", "MAX_INTERPOLATION_DEPTH", "MissingSectionHeaderError",
                     "NoOptionError", "NoSectionError", "ParsingError", "RawConfigParser",
                     "SafeConfigParser"),
    "shlex": ("split",),
    "warnings": ("WarningMessage", "catch_warnings", "filterwarnings", "formatwarning",
                 "resetwarnings", "showwarning", "simplefilter", "warn", "warn_explicit"),
    "future_builtins": ("ascii", "filter", "hex", "map", "oct", "zip"),
    "md5": ("blocksize", "digest_size", "md5", "new"),
    "sha": ("blocksize", "digest_size", "digestsize", "new", "sha"),
    "hmac": ("HMAC", "new"),
    "codecs": ("BOM", "BOM_BE", "BOM_LE", "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32",
               "BOM_UTF32_BE", "BOM_UTF32_LE", "BOM_UTF8", "CodecInfo", "decode", "encode", "getdecoder",
               "getencoder", "lookup", "open"),
}

#: Private names an emulated module's proxy may hand out (the guard refuses every other ``_x``
#: read of a proxy): ``sys._getframe``, whose frames are read-only facades.
PROXY_PRIVATE_NAMES: frozenset[str] = frozenset({"_getframe"})

#: Names of emulated modules that do something scripts must do another way: refused on use
#: with this reason (``urllib.urlopen(...)``).
REFUSED_CALLS: dict[str, str] = {
    "urllib.urlopen": "use system.net.httpGet/httpPost",
    "urllib.urlretrieve": "use system.net.httpGet and system.file.writeFile",
    "urllib2.urlopen": "use system.net.httpGet/httpPost or system.net.httpClient",
    "urllib2.Request": "use system.net.httpClient",
    "httplib.HTTPConnection": "use system.net.httpClient",
    "httplib.HTTPSConnection": "use system.net.httpClient",
    "io.open": "use open(), which reads and writes inside the gateway's files folder, or system.file",
}

#: ``system.*`` functions that Ignition has and shim refuses, with the reason shown to the user.
REFUSED_SYSTEM_FUNCTIONS: dict[str, str] = {
    "util.execute": "shim's scripts never start programs on the host (run them outside the gateway, "
                    "or send a message to a handler that does the work in Python)",
}

_HOST = "it reaches the host ({})"

#: Why each other module of Jython's standard library is refused (a package's reason covers its
#: submodules). A module of Jython's library missing here is refused as "not emulated yet".
STDLIB_REFUSALS: dict[str, str] = {
    **dict.fromkeys(("subprocess", "popen2", "commands", "pty", "tty", "pipes", "signal", "thread",
                     "_threading", "dummy_thread", "dummy_threading", "posix", "atexit"),
                    _HOST.format("processes and threads; use system.util.invokeAsynchronous")),
    **dict.fromkeys(("shutil", "tempfile", "glob", "fileinput", "filecmp", "dircache", "_io",
                     "_pyio", "_jyio", "_codecs", "gzip", "zipfile", "tarfile", "bz2",
                     "zipimport", "shelve", "anydbm", "dumbdbm", "whichdb", "mailbox", "mhlib",
                     "netrc", "linecache", "posixfile", "chunk", "aifc", "sndhdr", "imghdr",
                     "py_compile", "_py_compile", "compileall", "tabnanny", "pyclbr", "mailcap",
                     "mimetypes", "dbexts", "isql", "javapath", "ntpath", "macpath", "genericpath",
                     "stat", "sysconfig", "site", "user", "platform", "getpass", "pwd", "grp", "crypt"),
                    _HOST.format("its files and accounts; use system.file")),
    **dict.fromkeys(("socket", "_socket", "ssl", "_sslcerts", "select", "asyncore", "asynchat",
                     "ftplib", "smtplib", "smtpd", "poplib", "imaplib", "nntplib", "telnetlib",
                     "SocketServer", "BaseHTTPServer", "SimpleHTTPServer", "CGIHTTPServer",
                     "xmlrpclib", "SimpleXMLRPCServer", "DocXMLRPCServer", "webbrowser",
                     "cookielib", "Cookie", "_LWPCookieJar", "_MozillaCookieJar", "robotparser",
                     "wsgiref", "modjy", "cgi", "cgitb"),
                    _HOST.format("the network; use system.net")),
    **dict.fromkeys(("builtins", "gc", "imp", "_imp", "importlib", "ihooks", "pkgutil",
                     "runpy", "code", "codeop", "compiler", "dis", "opcode", "_ast", "symbol",
                     "token", "tokenize", "marshal", "_marshal", "pickle", "cPickle",
                     "pickletools", "copy_reg", "new", "pdb", "bdb", "profile", "pstats", "trace",
                     "timeit", "ctypes", "_rawffi", "jffi", "jythonlib", "_jythonlib",
                     "javashell", "pycimport", "readline", "rlcompleter", "_bytecodetools",
                     "synchronize", "pydoc", "pydoc_data", "doctest", "unittest", "distutils",
                     "lib2to3", "_fix_jython_setuptools_osx", "sre", "sre_compile", "sre_parse",
                     "sre_constants", "_sre", "this", "encodings", "zlib", "exceptions"),
                    _HOST.format("the interpreter, its code objects or the JVM")),
    **dict.fromkeys(("pawt", "Tkinter"), "it opens windows on the host; use system.gui"),
}

#: Names scripts commonly import that we refuse, with the reason shown to the user.
REFUSED_MODULES: dict[str, str] = {
    name: "it gives access to the host"
    for name in (
        "subprocess", "ctypes", "importlib", "pickle", "cPickle", "marshal", "shutil",
        "socket", "thread", "builtins", "gc", "imp", "posix", "pty", "signal",
        "multiprocessing", "tempfile", "glob", "pathlib", "code", "codeop", "runpy",
    )
}

#: Ignition's own Java classes scripts may import (``runtime/emulated/ignition``), by package:
#: the very classes the runtime hands out (datasets, loggers, quality codes, schedule models),
#: each a Java class whose public methods are its API (read through the same guard as any
#: attribute). Any other name under ``com.inductiveautomation`` is "not emulated by shim".
IGNITION_CLASSES: dict[str, tuple[str, ...]] = {
    "com.inductiveautomation.ignition.common": ("BasicDataset", "Dataset",
                                                "GenericTransferrableException", "TypeUtilities"),
    "com.inductiveautomation.ignition.common.util": ("DatasetBuilder", "LogUtil", "LoggerEx"),
    "com.inductiveautomation.ignition.common.script.builtin": ("DatasetUtilities",),
    "com.inductiveautomation.ignition.common.script": ("JythonExecException",),
    "com.inductiveautomation.ignition.common.model.values": ("BasicQualifiedValue", "QualifiedValue",
                                                             "QualityCode"),
    "com.inductiveautomation.ignition.common.sqltags.model.types": ("DataQuality",),
    "com.inductiveautomation.ignition.common.tags.paths.parser": ("TagPathParser",),
    "com.inductiveautomation.ignition.common.tags.paths": ("BasicTagPath",),
    "com.inductiveautomation.ignition.common.tags.model": ("TagPath",),
    "com.inductiveautomation.ignition.common.user.schedule": (
        "AbstractScheduleModel", "BasicScheduleModel", "CompositeScheduleModel", "HolidayModel",
        "ScheduleAdjustment"),
    "com.inductiveautomation.ignition.client.gateway_interface": ("GatewayException",),
}

#: Where shim's own classes live (by ``__module__``: the emulated Java and Ignition classes carry
#: their Java package). A script that gets hold of one of these classes (``type(x)``,
#: ``x.__class__``, ``x.getClass()``, a class's ``__mro__``) gets the class itself only when scripts
#: may import it anyway: a class an import proxy hands out (``SAFE_MODULES``, ``EMULATED_STDLIB``,
#: ``IGNITION_CLASSES``, the emulated ``java.*`` packages' ``__all__``, the builtins), a class those
#: classes name in a public attribute (``DatasetUtilities.PyDataSet``), or an exception (``except``
#: and ``raise`` need the class; an exception carries values only). Any other class of these
#: packages is shim's machinery (the request handle of ``sendRequestAsync``, an ``ArrayList``'s
#: iterator, a module proxy's class) and scripts get a stand-in for it, which checks
#: (``isinstance``, ``issubclass``), prints and names (``__name__``, ``getName()``) but refuses to be
#: called, subclassed, copied or to hand out its methods (``runtime.scripts.sandbox.classguard``).
#: ``system.*`` namespaces hand out functions only, never classes.
RUNTIME_CLASS_MODULES: frozenset[str] = frozenset({"runtime", "system", "java", "javax", "com"})

#: What a stand-in for one of shim's own classes answers besides ``__name__``, ``__qualname__``,
#: ``__module__``, ``__doc__``, ``__bases__`` and ``__mro__``: java.lang.Class's names, for the
#: emulated Java classes (``it.getClass().getName()``).
HOST_CLASS_NAMES: frozenset[str] = frozenset({"getName", "getSimpleName", "name", "simpleName"})

#: Top-level packages of Java code shim does not emulate (Apache Commons, Ignition's classes
#: outside ``IGNITION_CLASSES``, JDK internals ...): ``from org.apache.commons.math3.stat import
#: StatUtils`` says "org.apache.commons.math3.stat.StatUtils is not emulated by shim" in one
#: line, after the project library and the pylib had their turn, instead of "No module named".
NOT_EMULATED_JAVA_ROOTS: frozenset[str] = frozenset({"org", "com", "net", "sun", "jdk", "javafx"})

#: Builtins served by shim's emulations instead of the host's: ``open``/``file`` give Python 2
#: file objects for paths inside the gateway's files folder only, as ``system.file`` allows
#: (``runtime.emulated.stdlib.fileio``); any other path is an IOError naming it.
FILE_BUILTINS: tuple[str, ...] = ("file", "open")

#: Builtins that are refused by name (calling them raises SandboxError with this text).
REFUSED_BUILTINS: dict[str, str] = {
    "execfile": "execfile is not available in shim's sandbox",
    "input": "scripts cannot read the console",
    "raw_input": "scripts cannot read the console",
    "breakpoint": "breakpoint() is not available in shim's sandbox",
    "memoryview": "memoryview is not available in shim's sandbox",
    "reload": "reload() is not available in shim's sandbox",
    "help": "help() is not available in shim's sandbox",
    "exit": "scripts cannot exit the gateway",
    "quit": "scripts cannot exit the gateway",
}

#: Plain builtins handed to scripts as they are (harmless: no path to frames, modules or files).
PLAIN_BUILTINS: tuple[str, ...] = (
    "abs", "all", "any", "ascii", "bin", "bool", "bytearray", "bytes", "callable", "chr",
    "classmethod", "complex", "dict", "divmod", "enumerate", "float", "frozenset", "hash", "hex",
    "id", "int", "isinstance", "issubclass", "iter", "len", "list", "max", "min", "next", "object",
    "ord", "pow", "property", "repr", "reversed", "set", "slice", "staticmethod", "str", "sum",
    "super", "tuple", "dir", "format", "Ellipsis", "NotImplemented", "None", "True", "False",
    # exceptions
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError",
    "DeprecationWarning", "EOFError", "EnvironmentError", "Exception", "FloatingPointError",
    "GeneratorExit", "IOError", "ImportError", "IndentationError", "IndexError", "KeyError",
    "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError",
    "OSError", "OverflowError", "RecursionError", "ReferenceError", "RuntimeError",
    "RuntimeWarning", "StopIteration", "SyntaxError", "SystemError", "SystemExit", "TabError", "TimeoutError",
    "TypeError", "UnboundLocalError", "UnicodeDecodeError", "UnicodeEncodeError",
    "UnicodeError", "UserWarning", "ValueError", "Warning", "ZeroDivisionError",
)

#: Double-underscore attributes scripts may *read*; everything else ``__x__`` is refused at
#: compile time. Legacy code does ``type(x).__name__``, ``self.__class__.__name__``,
#: ``Base.__init__(self)`` and ``obj.__dict__`` every day.
READABLE_DUNDERS: frozenset[str] = frozenset({
    "__name__", "__class__", "__doc__", "__module__", "__init__", "__str__", "__repr__",
    "__dict__", "__len__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
    "__hash__", "__contains__", "__getitem__", "__setitem__", "__delitem__", "__iter__",
    "__call__", "__add__", "__cmp__", "__unicode__", "__bases__", "__qualname__",
    "__next__", "__enter__", "__exit__", "__file__", "__all__", "__version__", "__author__",
})

#: Dunder reads that hand out something the script could climb from: only for the script's own
#: classes and instances (a class ``__dict__`` holds functions, whose globals are guarded anyway).
OWN_OBJECT_DUNDERS: frozenset[str] = frozenset({"__dict__", "__init__", "__bases__"})

#: Attributes that walk to frames and code objects (generator ``gi_frame``, coroutine
#: ``cr_frame``, traceback ``tb_frame``, frame ``f_globals``/``f_back`` ...): refused at compile
#: time in source (RestrictedPython's list) and at run time through ``getattr``.
FRAME_ATTRIBUTES: frozenset[str] = INSPECT_ATTRIBUTES | frozenset({
    "gi_running", "gi_suspended", "cr_running", "cr_suspended", "ag_running", "f_lineno",
    "f_lasti", "co_consts", "co_names", "func_globals", "func_code", "func_closure",
})

#: Non-underscore attributes that lead to frames, code or the formatter: always read through the
#: runtime guard (RestrictedPython refuses the frame ones at compile time already).
GUARDED_ATTRIBUTES: frozenset[str] = frozenset({
    "format", "format_map", "mro", "register",
    # sets and dicts hand out methods that take big arguments one item at a time (hashing.py)
    "update", "union", "intersection", "difference", "symmetric_difference", "intersection_update",
    "difference_update", "symmetric_difference_update", "issubset", "issuperset", "isdisjoint",
    "fromkeys",
    # a read of ``sort`` that is not a call (``f = rows.sort``; calls compile to ``_sort_``)
    "sort",
    # string methods whose result can be far longer than their input (textgrowth.py)
    "ljust", "rjust", "center", "zfill", "expandtabs", "replace", "join",
    # a date's strftime: one call into C per format, however long (budget.check_time_format)
    "strftime",
})

#: Host methods that hand out a metaclass's bases or change a class every script shares, by
#: the name they are read under (always through the guard: ``GUARDED_ATTRIBUTES``), with why
#: the read is refused: ``type.mro`` unbound (``typing.Type.mro(abc.ABCMeta)`` lists ``type``
#: itself, which makes classes past the sandbox's class checks) and the real
#: ``ABCMeta.register`` of a host abstract class (``typing.Mapping.register(C)`` would make
#: ``isinstance(x, Mapping)`` true for every script and for shim's own code).
CLASS_STATE_METHODS: dict[str, str] = {
    "mro": "it lists the bases of metaclasses, type itself among them",
    "register": "registering a class with a host abstract base class changes isinstance() for every script",
}

#: Names a script may not bind, read or define, as a plain name or a class member: the globals'
#: ``__builtins__`` decides what every function the script defines runs with (a script's own
#: builtins dict would give it the host's ``getattr``). ``__shim*`` names are shim's marks. Any
#: other dunder is the script's own (``__all__``, ``__version__``, ``__slots__``, ``__repr__ =
#: __str__``, ``__getattribute__`` ...): what it defines cannot reach the host.
REFUSED_DUNDER_NAMES: frozenset[str] = frozenset({"__builtins__"})

#: Dunder attributes a script may set (on its own objects only: every store goes through
#: ``_write_``): what decorators and class tricks set (``wrapper.__name__ = f.__name__``,
#: ``cls.__repr__ = cls.__str__``). Never ``__class__``, ``__dict__``, ``__bases__`` (they would
#: turn a script object into a host one), nor code, globals or defaults of functions.
STORABLE_DUNDERS: frozenset[str] = frozenset({
    "__doc__", "__name__", "__module__", "__qualname__", "__all__", "__version__", "__author__",
    "__str__", "__repr__", "__unicode__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
    "__ge__", "__hash__", "__cmp__", "__len__", "__iter__", "__next__", "__call__", "__getitem__",
    "__setitem__", "__delitem__", "__contains__", "__getattr__", "__setattr__", "__enter__",
    "__exit__", "__nonzero__", "__bool__", "__add__", "__sub__", "__mul__", "__div__",
    "__truediv__", "__floordiv__", "__mod__", "__neg__", "__abs__", "__int__", "__float__",
    "__long__", "__radd__", "__rsub__", "__rmul__", "__rdiv__", "__iadd__", "__isub__",
    "__missing__", "__copy__", "__deepcopy__",
})

#: ``True = 1`` / ``True, False = 1, 0``: Python 2 lets a module rebind these; the translation
#: renames them in such a module only (``legacy.translate``), the builtins hold the real values.
TRUE_FALSE_NAMES: frozenset[str] = frozenset({"_True_", "_False_"})

#: Names the runtime injects into compiled code; scripts may neither read nor bind them.
RESERVED_NAME = re.compile(r"^_.*_$")


def script_may_bind(name: str) -> bool:
    """Whether a script may bind global ``name``, as an assignment or as
    ``globals()['name'] = v``: its own names and dunders (``__all__``), never
    ``__builtins__``, shim's ``__shim*`` marks or the helpers' reserved ``_x_`` names."""
    if name in REFUSED_DUNDER_NAMES or name.startswith("__shim"):
        return False
    if len(name) > 4 and name.startswith("__") and name.endswith("__"):
        return True
    return name == "_" or name in TRUE_FALSE_NAMES or not (RESERVED_NAME.match(name) or name.endswith("__roles__"))

#: Ignition's ``system`` namespaces. Those shim implements are listed in ``runtime.scripting``;
#: the others exist so that ``system.alarm.x`` says "not emulated" instead of AttributeError.
IGNITION_NAMESPACES: tuple[str, ...] = (
    "alarm", "bacnet", "dataset", "date", "db", "device", "eam", "file", "groups", "gui", "iec61850",
    "math", "nav", "net", "opc", "opchda", "opcua", "perspective", "print", "project", "report", "roster", "security",
    "serial", "sfc", "tag", "twilio", "user", "util", "vision",
)
