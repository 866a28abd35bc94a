from _circ._a import A
