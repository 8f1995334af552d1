# capwords vs str.title
import string

samples = ["they're bill's friends from the UK", 'hello   world', 'élan vital', '3rd place',
           'o\'neil-smith jr.', 'ALL-CAPS words']
for s in samples:
    print(repr(string.capwords(s)), repr(s.title()))
print(string.capwords('a_b c_d', '_'), string.capwords('x  y', ' '))
