from .._helper import twice
from . import parent_value
from ... import nothing_here_beyond
