class Config:
    debug = True
    level = int("not a number")
