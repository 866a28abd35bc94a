e = Exception(Exception('inner'))
print(repr(e), str(e))
e = Exception(*range(3))
print(e.args)
l = []
e = ValueError(l)
l.append(e)
print(repr(e)[:40])
class WeirdArgs(Exception):
    def __str__(self):
        return 'weird:' + repr(self.args)
print(str(WeirdArgs(1, 2)))
e = KeyError(('a', 'b'))
print(str(e), repr(e))
print(str(KeyError('')), repr(KeyError('')))
print(str(OSError(None, None)), repr(OSError(None, None)))
print(str(OSError(1, None, 'f')))
print(str(Exception(None)), repr(Exception(None)))
print(BaseException.__str__(ValueError('direct')))
print(Exception.__repr__(KeyError('k')))
e = Exception()
e.args = 'xyz'
print(e.args, str(e))
print(Exception('é').__str__())
