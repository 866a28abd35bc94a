# generators: a pipeline of generator functions and expressions.
import sys

def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf

def main(n):
    total = 0
    for chunk in chunks(squares(evens(numbers(n))), 10):
        total += sum(v % 1000 for v in chunk)
    print(total)

main(int(sys.argv[1]) if len(sys.argv) > 1 else 6000000)
