x = lambda **x=1: 1
