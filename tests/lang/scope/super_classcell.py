# Zero-argument super() uses the __class__ cell created by the compiler.
class Base:
    def hello(self):
        return 'base'
    @classmethod
    def make(cls):
        return cls.__name__

class Child(Base):
    def hello(self):
        return 'child+' + super().hello()
    @classmethod
    def make(cls):
        return 'child:' + super().make()
    def cls_ref(self):
        return __class__.__name__

c = Child()
print(c.hello(), Child.make(), c.cls_ref())
print(Child.hello.__code__.co_freevars)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print('classcell' , '__classcell__' in ns)
        return super().__new__(mcls, name, bases, ns)

class WithCell(metaclass=Meta):
    def f(self):
        return __class__
class NoCell(metaclass=Meta):
    def f(self):
        return 1
print(WithCell().f() is WithCell)

def factory():
    class Local(Base):
        def hello(self):
            return 'local+' + super().hello()
    return Local
print(factory()().hello())
