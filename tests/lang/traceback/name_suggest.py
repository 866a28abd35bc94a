def compute():
    total_count = 5
    return total_cont * 2

compute()
