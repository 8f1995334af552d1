# capwords
import string

for s in ['hello world', '  leading and   trailing  ', 'ALL CAPS here', "it's o'neil", '',
          'x', 'tab\tseparated\nlines', '123 abc 4th']:
    print(repr(string.capwords(s)))
print(repr(string.capwords('a-b-c d', '-')))
print(repr(string.capwords('one,two,,three', ',')))
print(repr(string.capwords('  spaced  ', ' ')))
print(repr(string.capwords('mIxEd cAsE', None)))
