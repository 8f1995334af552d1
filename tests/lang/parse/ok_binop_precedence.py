a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n
-a + +b - ~c
-2 ** 2
2 ** -2
a ** b ** c
-a ** -b ** -c
