import sys
print('leaving with a message')
sys.exit('fatal: something')
