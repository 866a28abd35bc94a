# break/continue crossing with-blocks and try/finally in nested loops.
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print('enter', self.n)
    def __exit__(self, *a):
        print('exit', self.n)

for i in range(3):
    with CM(i):
        for j in range(3):
            try:
                if j == 1:
                    continue
                if i == 1 and j == 2:
                    break
                print('body', i, j)
            finally:
                print('fin', i, j)
        else:
            print('inner else', i)

def gen_in_loop():
    for i in range(3):
        try:
            yield i
        finally:
            print('gen finally', i)
for v in gen_in_loop():
    if v == 1:
        break
print('after break')

def while_true():
    n = 0
    while True:
        n += 1
        try:
            if n == 3:
                return n
        finally:
            print('finally', n)
print(while_true())
