class A:
    def who(self):
        return "A"
    def chain(self):
        return [self.who()]

class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def chain(self):
        return ["D"] + super().chain()

print([k.__name__ for k in D.__mro__])
print(D().chain(), D().who(), C().chain())
print(isinstance(D(), C), issubclass(D, (int, A)), D.__base__.__name__)
