# os.environ, environb, getenv, putenv, unsetenv
import os
import posix

print(type(posix.environ).__name__)
print(all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print(os.environ["HOME"] == os.getenv("HOME") == posix.environ[b"HOME"].decode())
print(os.environb[b"HOME"] == posix.environ[b"HOME"])
print("KRAIT_POSIX_TEST" in os.environ, os.getenv("KRAIT_POSIX_TEST", "dflt"))
os.environ["KRAIT_POSIX_TEST"] = "v1"
print(os.environ["KRAIT_POSIX_TEST"], os.getenv("KRAIT_POSIX_TEST"), os.environb[b"KRAIT_POSIX_TEST"])
os.environ["KRAIT_POSIX_TEST"] = "v2"
print(os.environ.get("KRAIT_POSIX_TEST"))
del os.environ["KRAIT_POSIX_TEST"]
print("KRAIT_POSIX_TEST" in os.environ)
try:
    os.environ["KRAIT_POSIX_TEST"]
except KeyError as e:
    print("KeyError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
os.putenv("KRAIT_POSIX_TEST2", "p")
os.putenv(b"KRAIT_POSIX_TEST3", b"q")
os.unsetenv("KRAIT_POSIX_TEST2")
os.unsetenv(b"KRAIT_POSIX_TEST3")
for args in [("", "x"), ("a=b", "x"), ("a", "b=c"), ("a", "b\0")]:
    try:
        os.putenv(*args)
        print("ok")
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
os.unsetenv("a")
for name in ["", "a=b", "a\0", 5]:
    try:
        os.unsetenv(name)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.putenv("A\0B", "x")
except ValueError as e:
    print("ValueError", e)
try:
    os.putenv("A", 5)
except TypeError as e:
    print("TypeError", e)
e2 = os.environ.copy()
print(type(e2).__name__, e2 == dict(os.environ))
print(repr(os.environ).startswith("environ({"))
