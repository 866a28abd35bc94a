import _circ2.q
P = 1
def use():
    return _circ2.q.Q
