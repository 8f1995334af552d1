# print(file=sys.stderr) writes to stderr; only the last stderr line is compared.
import sys
print("to stdout 1")
print("warning: something odd", file=sys.stderr)
print("to stdout 2")
sys.stderr.write("raw stderr write\n")
print("final", "stderr", "line", sep="_", file=sys.stderr)
print("to stdout 3", file=sys.stdout)
print("done")
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("captured", 42, file=c)
print(c.parts)
print("also done", file=None)
