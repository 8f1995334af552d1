[x for x in y if (y := 1)]
[[(j := 1) for i in k] for j in l]
