import pickle
for exc in [ValueError('v'), KeyError('k'), OSError(2, 'no', 'file'), ImportError('m', name='mod'),
            StopIteration(5), SystemExit(3)]:
    back = pickle.loads(pickle.dumps(exc))
    print(type(back).__name__, back.args, str(back))
