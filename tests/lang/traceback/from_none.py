def lookup(key):
    try:
        return {"a": 1}[key]
    except KeyError:
        raise ValueError(f"unknown key {key!r}") from None

lookup("b")
