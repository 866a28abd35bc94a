# Robustness: the int/str conversion digit limit, huge shifts and powers,
# float overflow, and huge repetitions: MemoryError/OverflowError/ValueError
# exactly as CPython, never a crash or a hang.
import sys


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
    else:
        if isinstance(r, int) and r.bit_length() > 64:
            s = "<%d bits>" % r.bit_length()
        else:
            s = repr(r)
        print(label, "ok", type(r).__name__, s if len(s) < 60 else s[:60] + "...")


print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold)
attempt("str(10**5000)", lambda: str(10 ** 5000))
attempt("repr(10**5000)", lambda: repr(-10 ** 5000))
attempt("str(10**4299)", lambda: len(str(10 ** 4299)))
attempt("str(10**4300)", lambda: len(str(10 ** 4300)))
attempt("format d", lambda: format(10 ** 5000, "d"))
attempt("format ,", lambda: format(10 ** 5000, ","))
attempt("%d", lambda: "%d" % (10 ** 5000))
attempt("f-string", lambda: f"{10 ** 5000}")
attempt("hex ok", lambda: len(hex(10 ** 5000)))
attempt("int('9'*5000)", lambda: int("9" * 5000))
attempt("int('9'*4300)", lambda: int("9" * 4300) % 10)
attempt("int('9'*4301)", lambda: int("9" * 4301))
attempt("int(b'9'*5000)", lambda: int(b"9" * 5000))
attempt("int base 16", lambda: int("f" * 5000, 16).bit_length())
attempt("int base 7", lambda: int("6" * 5000, 7))
attempt("int underscores", lambda: int("1_" * 4400 + "1"))
attempt("float str", lambda: float("9" * 5000))
attempt("Decimal-free str int", lambda: int(" " * 10 + "1" * 4300 + " " * 10) % 7)
for bad in (0, 639, -1, "x", 2 ** 100):
    try:
        sys.set_int_max_str_digits(bad)
        print("set", bad, "ok", sys.get_int_max_str_digits())
    except Exception as e:
        print("set", repr(bad), type(e).__name__ + ":", e)
sys.set_int_max_str_digits(640)
attempt("limit 640", lambda: str(10 ** 700))
attempt("limit 640 int", lambda: int("1" * 641))
sys.set_int_max_str_digits(0)
attempt("unlimited", lambda: len(str(10 ** 20000)))
sys.set_int_max_str_digits(maxdigits=4300)
attempt("restored", lambda: str(10 ** 5000))
attempt("kw", lambda: sys.set_int_max_str_digits(digits=5))

# huge shifts and powers
attempt("1 << 2**63", lambda: 1 << 2 ** 63)
attempt("1 << 2**100", lambda: 1 << 2 ** 100)
attempt("1 << -1", lambda: 1 << -1)
attempt("1 >> 2**100", lambda: 1 >> 2 ** 100)
attempt("-1 >> 2**100", lambda: -1 >> 2 ** 100)
attempt("0 << 2**100", lambda: 0 << 2 ** 100)
attempt("1 >> -1", lambda: 1 >> -1)
attempt("1 ** 2**100", lambda: 1 ** 2 ** 100)
attempt("-1 ** 2**100", lambda: (-1) ** (2 ** 100 + 1))
attempt("0 ** 2**100", lambda: 0 ** 2 ** 100)
attempt("2 ** -2**100", lambda: 2 ** -(2 ** 100))
attempt("pow mod huge exp", lambda: pow(3, 10 ** 100, 10 ** 9 + 7))
attempt("pow mod huge both", lambda: pow(10 ** 1000 + 1, 10 ** 1000, 2 ** 521 - 1) % 1000)
attempt("pow neg exp mod", lambda: pow(3, -10 ** 50, 10 ** 9 + 7))
attempt("pow mod 0", lambda: pow(3, 5, 0))
attempt("pow noninvertible", lambda: pow(2, -1, 4))
attempt("pow mod 1", lambda: pow(10 ** 100, 10 ** 100, 1))
attempt("pow float mod", lambda: pow(2, 3, 1.5))
attempt("pow neg mod", lambda: pow(3, 10 ** 20, -7))

# float conversions
attempt("float(10**400)", lambda: float(10 ** 400))
attempt("float(-10**400)", lambda: float(-10 ** 400))
attempt("float(2**1024)", lambda: float(2 ** 1024))
attempt("float(2**1024 - 2**970)", lambda: float(2 ** 1024 - 2 ** 970))
attempt("float(2**1024 - 2**971)", lambda: float(2 ** 1024 - 2 ** 971))
attempt("10**400 / 1", lambda: 10 ** 400 / 1)
attempt("10**400 / 10**399", lambda: 10 ** 400 / 10 ** 399)
attempt("1 / 10**400", lambda: 1 / 10 ** 400)
attempt("10**400 * 1.0", lambda: 10 ** 400 * 1.0)
attempt("10**400 + 0.5", lambda: 10 ** 400 + 0.5)
attempt("10**400 < 1e308", lambda: 10 ** 400 < 1e308)
attempt("10**400 == inf", lambda: 10 ** 400 == float("inf"))
attempt("math.sqrt", lambda: __import__("math").sqrt(10 ** 400))
attempt("math.log", lambda: __import__("math").log(10 ** 400))
attempt("complex", lambda: complex(10 ** 400))
attempt("2.0 ** 10000", lambda: 2.0 ** 10000)
attempt("1e308 * 10", lambda: 1e308 * 10)
attempt("int(inf)", lambda: int(float("inf")))
attempt("int(nan)", lambda: int(float("nan")))
attempt("int(1e308)", lambda: int(1e308).bit_length())
attempt("round(1e308)", lambda: round(1e308).bit_length())
attempt("round(inf)", lambda: round(float("inf")))
attempt("float.fromhex big", lambda: float.fromhex("0x1p2000"))
attempt("divmod float big", lambda: divmod(10 ** 400, 1.5))
attempt("huge // float", lambda: 10 ** 400 // 2.0)
attempt("index too big", lambda: [1][2 ** 100])
attempt("slice too big", lambda: [1, 2, 3][2 ** 100:])
attempt("range too big len", lambda: len(range(2 ** 100)))
attempt("range too big item", lambda: range(2 ** 100)[2 ** 99])
attempt("chr too big", lambda: chr(2 ** 100))
attempt("int.to_bytes too short", lambda: (10 ** 100).to_bytes(4, "big"))
attempt("bytes(2**100)", lambda: bytes(2 ** 100))
attempt("bytes(-1)", lambda: bytes(-1))
print("done")
