# ast.literal_eval: values and errors.
import ast
for s in ["1", "-2.5", "1+2j", "'s'", "b'b'", "[1, (2, 3), {4: {5}}]", "None", "True",
          "{'a': [1, 2]}", "set()", "(1,)", "-(1)", "  42", "1e100", "0x1f", "...", "(-1-2j)"]:
    try:
        print(repr(ast.literal_eval(s)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["x", "1 + x", "f()", "[1, 2] * 3", "{**a}", "'a' 'b'", "1 +", "lambda: 1", "a.b"]:
    try:
        print(repr(ast.literal_eval(s)))
    except Exception as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(7)))
