X = "inner x"
