from . import b
from .b import VALUE
from .sub import c
VAL = VALUE + 1
