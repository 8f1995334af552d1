print(None=1)
