expr = "1 + undefined_var"
print(eval("2 * 3"))
eval(expr)
