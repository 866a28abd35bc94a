from _circ2.s import S
R = 3
