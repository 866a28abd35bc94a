class E(Exception): pass
try:
    E(x=1)
except TypeError as e: print(e)
class O(OSError): pass
try:
    O(x=1)
except TypeError as e: print(e)
class EG(ExceptionGroup): pass
try:
    EG('m', [ValueError()], x=1)
except TypeError as e: print(e)
try:
    BaseExceptionGroup.__new__(BaseExceptionGroup, 'm')
except TypeError as e: print(e)
print(repr(BaseExceptionGroup.__new__(BaseExceptionGroup, 'm', [KeyError()])))
e = Exception.__new__(E, 1, 2)
print(e.args)
print(ExceptionGroup.__name__, ExceptionGroup.__qualname__, ExceptionGroup.__module__)
print(OSError.__init__ is Exception.__init__, KeyError.__str__ is LookupError.__str__)
print(sorted(n for n in dir(BaseException) if not n.startswith('__')))
print(sorted(n for n in vars(BaseException)))
print(sorted(vars(OSError)))
print(sorted(vars(BaseExceptionGroup)))
print(ExceptionGroup[ValueError])
