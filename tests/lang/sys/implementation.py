import sys
impl = sys.implementation
print(type(impl).__name__, type(impl).__module__)
print(isinstance(impl.name, str), isinstance(impl.cache_tag, str))
print(impl.cache_tag.endswith('-311'))
print(impl.hexversion == sys.hexversion)
print(impl.version[:2])
print(repr(impl).startswith('namespace(name='))
