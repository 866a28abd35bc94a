def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

import sys
print(sys.get_int_max_str_digits())
t(lambda: int('1' * 5000))
t(lambda: str(10**5000))
t(lambda: repr(-10**5000))
t(lambda: len(hex(10**5000)))
t(lambda: int('1' * 5000, 16) > 0)
t(lambda: int('1' * 5000, 8) > 0)
t(lambda: int('1' * 5000, 7))
t(lambda: len(str(10**4299)))
t(lambda: len(str(10**4300 - 1)))
t(lambda: len(str(10**4300)))
t(lambda: int('9' * 4300) > 0)
t(lambda: int('9' * 4301))
t(lambda: format(10**5000, 'd'))
t(lambda: len(format(10**5000, 'x')))
sys.set_int_max_str_digits(0)
print(len(str(10**5000)), int('1' * 5000) > 0)
sys.set_int_max_str_digits(5000)
t(lambda: len(str(10**5000)))
t(lambda: len(str(10**4999)))
