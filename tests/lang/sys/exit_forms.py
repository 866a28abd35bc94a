import sys
for args in [(), (0,), (3,), ('message',), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    exit(5)
except SystemExit as e:
    print('exit()', e.code)
try:
    quit()
except SystemExit as e:
    print('quit()', e.code)
print('before')
sys.exit(0)
print('not reached')
