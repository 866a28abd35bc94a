import _circ2.p as p
try:
    p.P
except AttributeError as e:
    print("AttributeError:", e)
Q = 2
