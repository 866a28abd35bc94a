print("before")
src = "x = (1,\n  2 3)\n"
compile(src, "snippet.py", "exec")
