# Integer range checks and error messages of every integer format in every mode.
import struct

def t(f, *a):
    try:
        print(f, a, '->', struct.pack(f, *a))
    except Exception as e:
        print(f, a, '!!', type(e).__name__, e)

VALUES = [-2**64 - 1, -2**63 - 1, -2**63, -2**31 - 1, -2**15 - 1, -129, -128, -1, 0, 1,
          127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1, 2**32,
          2**63 - 1, 2**63, 2**64 - 1, 2**64]
for f in 'bBhHiIlLqQnNP':
    for bo in ['', '@', '=', '<', '>', '!']:
        if bo not in ('', '@') and f in 'nNP':
            continue
        for v in VALUES:
            t(bo + f, v)
