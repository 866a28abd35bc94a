import sys
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.encoding, sys.stderr.errors)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(repr(sys.stdout))
n = sys.stdout.write('written\n')
print(n)
sys.stdout.writelines(['a', 'b', '\n'])
sys.stdout.flush()
print(sys.stdout.closed, sys.stdout.writable(), sys.stdin.readable())
try:
    sys.stdout.write(5)
except TypeError as e:
    print('TypeError', e)
sys.stderr.write('to stderr\n')
print('done')
