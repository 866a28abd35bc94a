import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version.startswith('3.11'))
print(type(sys.version_info).__name__, type(sys.version_info).__module__)
print(sys.version_info >= (3, 11), sys.version_info < (4,))
print(len(sys.version_info), sys.version_info.releaselevel, sys.version_info.serial)
print(isinstance(sys.version_info, tuple))
print(hex(sys.hexversion)[:6])
try:
    type(sys.version_info)()
except TypeError as e:
    print('TypeError', e)
try:
    sys.version_info.major = 4
except AttributeError as e:
    print('AttributeError')
major, minor, *rest = sys.version_info
print(major, minor, len(rest))
