from _circ import _b
A = 1
