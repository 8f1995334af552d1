x = {a: (yield) for y in z}
