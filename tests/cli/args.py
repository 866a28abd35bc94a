import sys
print(sys.argv[1:], __name__)
