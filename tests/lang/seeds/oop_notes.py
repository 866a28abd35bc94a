class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return '...'
    @classmethod
    def created(cls):
        return cls.count
    @staticmethod
    def kind():
        return 'animal'
class Dog(Animal):
    def speak(self):
        return 'Woof'
class Cat(Animal):
    def speak(self):
        return 'Meow'
    def __private(self):
        return 'secret'
    def reveal(self):
        return self.__private()
for a in [Dog('rex'), Cat('tom'), Animal('x')]:
    print(a.name, a.speak())
print(Animal.created(), Dog.kind())
c = Cat('c')
print(c.reveal(), hasattr(c, '__private'), hasattr(c, '_Cat__private'))
print(isinstance(c, Animal), issubclass(Dog, Animal))
