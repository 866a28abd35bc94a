print("init _pkg", __name__, __package__)
value = "_pkg-value"
from . import _helper
from ._helper import twice
