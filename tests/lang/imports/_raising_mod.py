print("_raising_mod runs")
raise ValueError("module failed")
