import atexit, sys
@atexit.register
def goodbye():
    print("goodbye runs after SystemExit")
class Failing:
    def __call__(self):
        1 / 0
    def __repr__(self):
        return "Failing()"
failing = Failing()
atexit.register(failing)
atexit.register(print, "args", "and", sep="-", end="!\n")
print("main done")
sys.exit(7)
