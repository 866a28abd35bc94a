import operator, _operator
print(operator.add is _operator.add, operator.__doc__.splitlines()[0])
print(sorted(n for n in dir(_operator) if not n.startswith('__')))
print(operator.__all__[:5], len(operator.__all__))
print(operator.add.__name__, operator.add.__doc__)
print(type(operator.add).__name__, operator.add)
print(operator.__iadd__ is _operator.iadd, operator.__concat__ is _operator.concat)
