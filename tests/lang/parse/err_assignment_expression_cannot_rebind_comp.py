x = [i for i in range(3) if (j := i)]
y = [j := 1 for j in range(3)]
