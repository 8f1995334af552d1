while 1:
    def f():
        continue
