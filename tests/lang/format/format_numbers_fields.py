def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print('{:d} {:5d} {:<5d}| {:x} {:#b} {:,}'.format(42, 42, 42, 255, 5, 1234567))
print('{:.2f} {:10.3e} {:%} {:g}'.format(3.14159, 12345.678, 0.25, 1e-7))
print('{0:{1}.{2}f}'.format(2.71828, 8, 3), '{:+d}'.format(5), '{:^9.2f}|'.format(-1.5))
