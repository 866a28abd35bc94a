# Float %-formatting with precisions past the exact digits of a double.
for spec in ['%.1200f', '%.1500e', '%.2000E', '%.1200g', '%#.1200g', '%-1300.1200f|', '%01300.1200f', '%+.1105f']:
    for v in [1.0, 1/3, 5e-324, 1.7976931348623157e308, -2.5]:
        s = spec % v
        print(spec, len(s), hash(s))
print(len('%.*f' % (2**24, 1.0)))
