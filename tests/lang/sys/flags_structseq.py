import sys
f = sys.flags
print(type(f).__name__, len(f) >= 17)
print(f.debug, f.inspect, f.interactive, f.optimize, f.no_site, f.verbose, f.quiet)
print(f.isolated, f.bytes_warning, f.ignore_environment, f.dev_mode, f.utf8_mode, f.int_max_str_digits)
try:
    type(f)()
except TypeError as e:
    print('TypeError', e)
print(sys.int_info)
print(sys.hash_info)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit, sys.hash_info.modulus == 2**61 - 1)
print(type(sys.float_info).n_sequence_fields, type(sys.float_info).n_fields)
print(tuple(sys.int_info))
