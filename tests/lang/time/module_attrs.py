import time
names = sorted(x for x in dir(time) if not x.startswith("__"))
print(names)
print(time.__name__, time.__doc__.splitlines()[0])
print(time.sleep.__doc__.splitlines()[0])
print(time.gmtime.__name__, type(time.gmtime).__name__)
