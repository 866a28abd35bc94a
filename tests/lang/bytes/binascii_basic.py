# The binascii module: hex, base64 (lenient and strict), crc32, crc_hqx.
import binascii as b
print(b.hexlify(b'\x01\xff', '-'), b.unhexlify('01ff'), b.b2a_base64(b'hello'), b.b2a_base64(b'hi', newline=False), b.a2b_base64(b'aGVsbG8=\n'), b.a2b_base64('aGk'+'='), b.crc32(b'hello'), b.crc32(b'world', 5), b.crc_hqx(b'hello', 0))
print(b.hexlify(b'abcdef', ':', 2), b.b2a_hex(b''), b.a2b_hex(b'ABcd'), b.b2a_base64(b''), b.b2a_base64(bytes(range(10))), b.crc32(b'', 0xFFFFFFFF), b.crc32(b'x', -1))
for x in [b'aGVsbG8', b'a', b'ab=c', b'!!aGk=', b'=aGk=', b'aGk=extra', 'aGVsbG8gd29ybGQ=']:
    try: print(b.a2b_base64(x))
    except Exception as e: print(type(e).__name__, e)
for x in ['0', 'zz', 'é', b'0g']:
    try: print(b.unhexlify(x))
    except Exception as e: print(type(e).__name__, e)
for x in [b'=aGk=', b'aGk=x', b'a!Gk=', b'aG=k=']:
    try: print(b.a2b_base64(x, strict_mode=True))
    except Exception as e: print(type(e).__name__, e)
print(b.Error.__mro__, b.Incomplete.__mro__, issubclass(b.Error, ValueError))
try:
    b.hexlify('str')
except TypeError as e:
    print(e)
