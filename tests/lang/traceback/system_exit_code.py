import sys
print("exiting")
raise SystemExit(3)
