B = "b from ns2"
