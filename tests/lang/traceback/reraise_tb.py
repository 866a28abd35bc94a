def fail():
    raise KeyError("deep")

def middle():
    try:
        fail()
    except KeyError:
        print("logging and re-raising")
        raise

middle()
