import sys
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.prefix, sys.exec_prefix, sys.base_prefix, sys.platlibdir, sys.api_version)
print(sys.float_repr_style, sys.abiflags == '')
print('sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names)
print(type(sys.builtin_module_names).__name__)
print(sys.builtin_module_names == tuple(sorted(sys.builtin_module_names)))
print(sys.modules['sys'] is sys, 'builtins' in sys.modules)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.warnoptions, sys._xoptions)
print(isinstance(sys.executable, str) and sys.executable.startswith('/'))
print(sys.copyright.splitlines()[0])
print(sys.dont_write_bytecode)
print(len(sys.stdlib_module_names) > 200, 'os' in sys.stdlib_module_names, type(sys.stdlib_module_names).__name__)
print(callable(sys.displayhook), sys.displayhook is sys.__displayhook__)
print(callable(sys.excepthook), sys.excepthook is sys.__excepthook__)
print(sys.is_finalizing())
print(sys.gettrace(), sys.getprofile())
print(sys.intern('abc') == 'abc')
s = ''.join(['in', 'terned'])
print(sys.intern(s) is sys.intern('interned'))
try:
    sys.intern(1)
except TypeError as e:
    print('TypeError', e)
class MyStr(str):
    pass
try:
    sys.intern(MyStr('x'))
except TypeError as e:
    print('TypeError', e)
