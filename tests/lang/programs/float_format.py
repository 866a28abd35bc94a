vals = [0.1, 1/3, 2/3, 1e16, 1e-5, 123456789.0, 1.5e300, -0.0, float("inf"), float("nan"), 100.0, 2.5e-7]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", f"{v:10.2f}|")
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e308 * 10, (0.1).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (1.5).hex(), (3.0).is_integer(), int(1e20), 7.0 // 2, -7.0 % 3)
print(f"{1234.5678:,.2f} {0.25:%} {42:08.3f} {-1.5:+.1f} {1e6:.0e}")
