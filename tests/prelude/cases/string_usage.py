# Using string constants for classification and ciphers
import string
import random

text = 'Hello, World! 123 ... Goodbye?'
print(sum(c in string.punctuation for c in text), sum(c in string.digits for c in text))
print(''.join(c for c in text if c not in string.punctuation))
print(text.translate(str.maketrans('', '', string.punctuation)))
shift = 3
lower = string.ascii_lowercase
table = str.maketrans(lower + lower.upper(), lower[shift:] + lower[:shift] +
                      (lower[shift:] + lower[:shift]).upper())
print('Attack at dawn'.translate(table))
print(int('ff', 16), all(c in string.hexdigits for c in 'c0ffee'))
random.seed(1)
print(''.join(random.choice(string.ascii_letters + string.digits) for _ in range(16)))
counts = {c: text.lower().count(c) for c in string.ascii_lowercase if c in text.lower()}
print(counts)
print(string.ascii_uppercase.index('Q'), string.ascii_lowercase[::-1])
print([w.strip(string.punctuation) for w in text.split()])
