from _circ2.r import R
S = 4
