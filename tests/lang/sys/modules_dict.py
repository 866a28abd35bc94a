import sys
print(type(sys.modules).__name__)
import builtins
print(sys.modules['builtins'] is builtins)
sys.modules['fake_mod_krait'] = 'a string'
import fake_mod_krait
print(fake_mod_krait)
del sys.modules['fake_mod_krait']
print('fake_mod_krait' in sys.modules)
