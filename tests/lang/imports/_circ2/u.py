from . import t
U = t.T if hasattr(t, "T") else "t partially initialized"
