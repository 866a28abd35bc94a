# Exception attributes: args, str/repr, with_traceback, __traceback__.
e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()))
def raiser():
    raise IndexError("idx")
try:
    raiser()
except IndexError as ex:
    tb = ex.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
    ex2 = ValueError("new").with_traceback(tb)
    print(ex2.__traceback__ is tb)
try:
    raise OSError(2, "No such file")
except OSError as ex:
    print(ex.errno, ex.strerror, type(ex).__name__)
try:
    raise StopIteration(5)
except StopIteration as ex:
    print(ex.value)
class WithInit(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(f"code {code}")
try:
    raise WithInit(7)
except WithInit as ex:
    print(ex.code, ex, ex.args)
try:
    raise SystemExit(2)
except SystemExit as ex:
    print("SystemExit code", ex.code)
try:
    raise KeyboardInterrupt
except BaseException as ex:
    print("caught", type(ex).__name__)
try:
    try:
        raise ValueError
    except Exception:
        raise
except ValueError as ex:
    print("traceback entries", len([1 for _ in iter(lambda t=[ex.__traceback__]: t.__setitem__(0, t[0].tb_next) or t[0], None)]) >= 0)
print(issubclass(ZeroDivisionError, ArithmeticError), isinstance(KeyError(), LookupError))
