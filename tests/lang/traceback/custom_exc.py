class AppError(Exception):
    pass

class Detailed(AppError):
    def __str__(self):
        return "detailed: " + str(self.args[0])

def check(v):
    if v < 0:
        err = Detailed(v)
        err.add_note("values must be non-negative")
        err.add_note("got %d" % v)
        raise err

print("start")
check(1)
check(-5)
