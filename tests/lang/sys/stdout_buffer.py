import sys
sys.stdout.write('text1\n')
sys.stdout.buffer.write(b'bin1\n')
print('text2')
print(sys.stdout.buffer.write(bytearray(b'bin2\n')))
try:
    sys.stdout.buffer.write('x')
except TypeError as e:
    print(e)
sys.stdout.buffer.flush()
print(sys.stdout.buffer.writable(), sys.stdin.buffer.readable(), sys.stdout.buffer.fileno())
