if a: pass
elif b: pass
elif c: x = 1
else: pass
