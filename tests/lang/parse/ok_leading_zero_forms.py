x = 0_1.5
x = 00
x = 0e0
x = 1if 1else 1
x = 0x1for x in y
