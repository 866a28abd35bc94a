# Robustness: methods of exception subclasses called with junk
# Each call prints "label ok <type> [repr]" or "label Exc: message"; never a crash.

from _harness import run_type


run_type(OSError, 'OSError', [('__init__', 'm'), ('__new__', 'n'), ('__reduce__', 'm'), ('__str__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')],
         lambda: OSError(2, 'No such file', 'f'), None, 1)
run_type(KeyError, 'KeyError', [('__init__', 'm'), ('__str__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')],
         lambda: KeyError('k'), None, 1)
run_type(StopIteration, 'StopIteration', [('__init__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')],
         lambda: StopIteration(5), None, 1)
run_type(SystemExit, 'SystemExit', [('__init__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')],
         lambda: SystemExit(3), None, 1)
run_type(ImportError, 'ImportError', [('__init__', 'm'), ('__reduce__', 'm'), ('__str__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')],
         lambda: ImportError('m', name='n', path='p'), None, 1)
run_type(SyntaxError, 'SyntaxError', [('__init__', 'm'), ('__str__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')],
         lambda: SyntaxError('bad', ('f.py', 1, 2, 'x y', 1, 3)), None, 1)
run_type(UnicodeDecodeError, 'UnicodeDecodeError', [('__init__', 'm'), ('__new__', 'n'), ('__str__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')],
         lambda: UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad'), None, 1)
run_type(AttributeError, 'AttributeError', [('__init__', 'm'), ('__str__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')],
         lambda: AttributeError('a', name='n', obj=1), None, 1)
run_type(NameError, 'NameError', [('__init__', 'm'), ('__str__', 'm'), ('add_note', 'm'), ('with_traceback', 'm')],
         lambda: NameError('a', name='n'), None, 1)
run_type(BaseExceptionGroup, 'BaseExceptionGroup', [('__init__', 'm'), ('__new__', 'n'), ('__str__', 'm'), ('add_note', 'm'), ('derive', 'm'), ('split', 'm'), ('subgroup', 'm'), ('with_traceback', 'm')],
         lambda: BaseExceptionGroup('g', [ValueError(1)]), None, 1)
