import _thread
try:
    _thread.interrupt_main()
    for i in range(10):
        pass
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

def f():
    _thread.interrupt_main(2)
    x = 0
    while True:
        x += 1
try:
    f()
except KeyboardInterrupt:
    print("caught from loop")
print("still running")
