def setup():
    raise OSError("helper failed")

setup()
