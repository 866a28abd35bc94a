from .._helper import twice
from . import parent_value
def go():
    return twice(parent_value)
