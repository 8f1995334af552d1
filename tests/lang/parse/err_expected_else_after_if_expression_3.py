x = 5 if 3 else 4 if 2
