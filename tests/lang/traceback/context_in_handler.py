try:
    {}["x"]
except KeyError:
    [][0]
