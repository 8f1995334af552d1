# Template subclass with a different delimiter, and escaping rules
from string import Template


class At(Template):
    delimiter = '@'


class Hash(Template):
    delimiter = '#'


print(At('Hello @name, you owe @@@amount').substitute(name='Ann', amount=5))
print(Hash('## #{x}# #y').safe_substitute(x='X'))
try:
    At('bad @ here').substitute()
except ValueError as e:
    print('ValueError:', e)
try:
    At('@missing').substitute()
except KeyError as e:
    print('KeyError:', e)
print(At('@a').get_identifiers(), At('@a @').is_valid())
print(Template('$').safe_substitute(), Template('$$').substitute(), Template('').substitute())
print(Template('${a}${b}$c').substitute(a='1', b='2', c='3'))
print(Template('$a.$b').substitute(a='x', b='y'), Template('$a-$b').substitute(a=1, b=2))
print(Template('$ab$c').safe_substitute(a='nope', c='C'))
