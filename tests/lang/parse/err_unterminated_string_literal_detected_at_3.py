s = 'a\
b
c'
