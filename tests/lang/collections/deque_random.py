# Deterministic random differential test of deque against a list model.
from collections import deque
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for maxlen in (None, 0, 1, 5, 17):
    d = deque(maxlen=maxlen)
    model = []
    def trim(left):
        global model
        if maxlen is not None and len(model) > maxlen:
            model = model[len(model) - maxlen:] if left else model[:maxlen]
    for step in range(3000):
        op = rnd(12)
        v = rnd(50)
        if op == 0:
            d.append(v); model.append(v); trim(True)
        elif op == 1:
            d.appendleft(v); model.insert(0, v); trim(False)
        elif op == 2 and model:
            assert d.pop() == model.pop()
        elif op == 3 and model:
            assert d.popleft() == model.pop(0)
        elif op == 4:
            n = rnd(7) - 3
            d.rotate(n)
            if model:
                k = n % len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 5 and model:
            i = rnd(len(model))
            assert d[i] == model[i] and d[-1 - i] == model[-1 - i]
            d[i] = v; model[i] = v
        elif op == 6 and model:
            i = rnd(len(model))
            del d[i]; del model[i]
        elif op == 7 and (maxlen is None or len(model) < maxlen):
            i = rnd(len(model) + 3) - 1
            d.insert(i, v); model.insert(i, v)
        elif op == 8:
            assert d.count(v) == model.count(v)
            if v in model:
                d.remove(v); model.remove(v)
        elif op == 9:
            d.extend([v, v + 1]); model.extend([v, v + 1]); trim(True)
        elif op == 10:
            d.extendleft([v, v + 1]); model[:0] = [v + 1, v]; trim(False)
        elif op == 11 and rnd(20) == 0:
            d.reverse(); model.reverse()
        assert list(d) == model, (step, list(d), model)
        assert list(reversed(d)) == model[::-1]
    print(maxlen, len(d), list(d)[:8])
print('done')
