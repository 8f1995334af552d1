'a'; "b"; '''c'''; """d"""
r'\n'; R"\d"; b'x'; B"y"; rb'z'; Br'w'; bR"v"; u'u'; U"U"
'a' 'b'
'a' "b" '''c'''
b'a' b'b'
'\n\t\\\'\"\a\b\f\v\r'
'\x41\u0042\U00000043'
'\101\0\7\77'
'\q'
"line1\
line2"
'''multi
line'''
'é ñ 中文 😀'
'\N{BULLET}'
u'x' 'y'
'x' u'y'
'\ud800'
b'\x00\xff'
b'\777'
