# Objects in a cycle at exit: the collection at shutdown runs their __del__.
class A:
    def __del__(self):
        print('del', self.name)
a = A()
a.name = 'a'
a.me = a
del a
print('end of script')
