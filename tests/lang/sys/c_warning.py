class F:
    def __int__(self):
        return True
def f():
    return int(F())
print(f())
print(f())  # the same location warns once
for i in range(2):
    print(int(F()))
print('end')
