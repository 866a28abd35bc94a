from ..b import VALUE
from . import deep
from .deep.d import where
C = VALUE * 2
