# compile(optimize=...): asserts and docstrings at -O and -OO.
src = '"""mod doc"""\ndef f():\n    "fdoc"\n    assert 0, "x"\n    return 1\nclass C:\n    "cdoc"\n'
for opt in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, 's', 'exec', optimize=opt), ns)
    try:
        r = ns['f']()
    except AssertionError:
        r = 'assert'
    print(opt, ns.get('__doc__'), ns['f'].__doc__, ns['C'].__doc__, r, ns['f'].__code__.co_consts)
