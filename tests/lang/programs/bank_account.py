class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"#{self.id} {self.owner}: {self.balance:.2f}"


accounts = [Account("ann", 100), Account("bob"), Account("cy", 50.5)]
accounts[1].deposit(30)
for acct, amount in zip(accounts, [150, 10, 50]):
    try:
        acct.withdraw(amount)
    except InsufficientFunds as e:
        print("refused:", e, e.needed - e.available)
try:
    accounts[0].deposit(-5)
except ValueError as e:
    print("error:", e)
for a in sorted(accounts, key=lambda a: a.balance):
    print(a, a.history)
print(sum(a.balance for a in accounts))
