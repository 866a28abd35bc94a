print("init _helper", __name__, __package__)
def twice(x):
    return x * 2
