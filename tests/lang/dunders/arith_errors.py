def t(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
class O: pass
t(lambda: 1 + "a")
t(lambda: "a" + 1)
t(lambda: O() + 1)
t(lambda: 1 - O())
t(lambda: O() * O())
t(lambda: O() / 1)
t(lambda: O() // 1)
t(lambda: O() % 1)
t(lambda: O() ** 1)
t(lambda: pow(O(), 1, 2))
t(lambda: pow(1, 2, "a"))
t(lambda: O() @ 1)
t(lambda: O() << 1)
t(lambda: O() >> 1)
t(lambda: O() & 1)
t(lambda: O() | 1)
t(lambda: O() ^ 1)
t(lambda: divmod(O(), 1))
t(lambda: -O())
t(lambda: +O())
t(lambda: ~O())
t(lambda: abs(O()))
t(lambda: -"s")
t(lambda: ~1.5)
t(lambda: [1] * 1.5)
t(lambda: 1.5 * [1])
t(lambda: [1] * O())
t(lambda: "ab" * 2)
t(lambda: 2 * "ab")
t(lambda: [1] + (2,))
t(lambda: (1,) + [2])
def iadd():
    x = O()
    x += 1
t(iadd)
def imul():
    x = [1]
    x *= 1.5
t(imul)
def ipow():
    x = O()
    x **= 2
t(ipow)
def isub():
    x = "a"
    x -= 1
t(isub)
def imatmul():
    x = 1
    x @= 2
t(imatmul)
