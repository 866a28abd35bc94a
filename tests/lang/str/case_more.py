for s in ["hello world", "HELLO", "hello-world_foo bar", "o'neil mc'donald", "123abc", "ǳ", "ﬄour", "ß-straße",
          "ΌΣΟΣ", "ὈΔΥΣΣΕΎΣ", "i̇stanbul", "ǈubljana", "άλφα βήτα", "ǆ", "a\u0345"]:
    print(ascii(s.title()), ascii(s.capitalize()), ascii(s.swapcase()), s.istitle(), s.title().istitle())
print('ß'.upper().lower(), 'ﬁ'.upper(), 'ŉ'.upper(), 'ǰ'.upper(), 'ΐ'.upper(), len('ﬃ'.upper()))
print('A'.casefold() == 'a', 'ß'.casefold(), 'ẞ'.casefold(), 'ﬅ'.casefold(), 'Σ'.casefold(), 'ς'.casefold())
