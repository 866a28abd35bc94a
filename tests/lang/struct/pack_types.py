# Argument type conversions: __index__, floats, bool, bytes for c/s/p.
import struct

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return 'Idx(%r)' % self.v

class Flt:
    def __float__(self): return 2.5
    def __repr__(self): return 'Flt()'

def t(f, *a):
    try:
        print(f, a, '->', struct.pack(f, *a))
    except Exception as e:
        print(f, a, '!!', type(e).__name__, e)

for f in ['i', '<i', '>q', 'Q', '>Q', 'B', 'P']:
    t(f, Idx(7)); t(f, True); t(f, 1.5); t(f, '1'); t(f, None)
t('>q', Idx(2**70)); t('>Q', Idx(-1))
for f in ['f', 'd', 'e', '<f', '>d', '>e']:
    t(f, Flt()); t(f, Idx(3)); t(f, 7); t(f, 'x'); t(f, 2**2000); t(f, None)
t('c', b'a'); t('c', b'ab'); t('c', bytearray(b'a')); t('c', 'a'); t('c', 97)
t('3s', b'abcdef'); t('3s', b'a'); t('3s', bytearray(b'xy')); t('s', 'a'); t('0s', b'abc')
t('5p', b'abcdefgh'); t('5p', b''); t('p', b'abc'); t('300p', b'x' * 299); t('p', 1)
t('?', []); t('?', [0]); t('?', 0.0); t('3?', 1, 0, 'x')
t('i'); t('i', 1, 2); t('2i', 1)
