if x:
    pass
elif y:
    pass
else:
    if z:
        pass
