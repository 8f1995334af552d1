# An exception escaping a generator during a for loop is uncaught: traceback through the generator.
def parse_all(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield n, key.strip(), value.strip()


config = ["a = 1", "b = 2", "broken line", "c = 3"]
for n, key, value in parse_all(config):
    print(n, key, value)
print("not reached")
