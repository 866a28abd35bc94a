src = """
def helper(x):
    return x[10]

helper([1, 2])
"""
ns = {}
exec(compile(src, "<generated>", "exec"), ns)
