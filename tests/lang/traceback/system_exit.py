import sys
print("out")
sys.exit("fatal: giving up")
