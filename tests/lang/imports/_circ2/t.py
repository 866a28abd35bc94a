from . import u
T = 5
