def load(d):
    try:
        return d["missing"]
    except KeyError as e:
        raise LookupError("could not load") from e

def run():
    try:
        load({})
    finally:
        print("cleanup")

try:
    run()
except LookupError:
    raise RuntimeError("wrapped")
