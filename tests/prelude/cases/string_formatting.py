# Template with dicts, objects and mixed keyword lookups; constants in format specs
import string
from string import Template

record = {'name': 'Widget', 'price': 9.99, 'qty': 3}
t = Template('$qty x $name @ $$$price')
print(t.substitute(record))
print(t.safe_substitute(qty=1))
lines = [Template('${k}: $v').substitute(k=k, v=v) for k, v in sorted(record.items())]
print('\n'.join(lines))


class Lookup:
    def __getitem__(self, key):
        return key.upper()


print(Template('$abc and ${d_e}').substitute(Lookup()))
print(Template('$a $b').substitute({'a': 1}, b=2), Template('$a').substitute({'a': 1}, a=9))
table = [(c, ord(c)) for c in string.ascii_uppercase[:5]]
print(' '.join(f'{c}={n:03d}' for c, n in table))
print(f'{string.digits:>12}|{string.octdigits:^10}|')
