from ... import b as top_b
from ...sub import c as _c_partial
def where():
    return __name__, __package__, top_b.VALUE
