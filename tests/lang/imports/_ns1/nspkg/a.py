A = "a from ns1"
