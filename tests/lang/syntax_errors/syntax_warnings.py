# Compile-time SyntaxWarnings ("is" with a literal, missing commas); they go
# to stderr once per compile() call.
import sys
# (each message appears once: repeated identical warnings are a matter of
# the warnings registry, not of the compiler)
srcs = ['x == 1 is y', 'x is not ()', '(1,2)(3)', '[1](2)', '"a"[1]',
        '[i for i in x]["k"]', '(1,)[1.5]', '{1}[0]', 'f(1)(2)', 'x is None', 'x is ...',
        'x is True', '(x for x in y)[0]', 'lambda: 0 ()', 'f"{x}"()']
for s in srcs:
    compile(s, '<w>', 'eval')
    print('compiled', s)
    sys.stdout.flush()
def f():
    return 5 is 5
print('defined')
