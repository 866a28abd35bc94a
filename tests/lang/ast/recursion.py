# Deep trees: conversion guards raise RecursionError instead of crashing.
import ast, sys
src = "-(" * 200 + "1" + ")" * 200
print(type(ast.parse(src).body[0].value).__name__)
t = ast.parse("(" * 50 + "1" + ")" * 50)
print(type(t.body[0].value).__name__)
e = ast.Constant(1, lineno=1, col_offset=0)
for i in range(100000):
    e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0)
m = ast.Expression(e)
ast.fix_missing_locations(ast.Expression(ast.Constant(1)))
try:
    compile(m, "deep", "eval")
    print("compiled")
except RecursionError as ex:
    print("RecursionError")
