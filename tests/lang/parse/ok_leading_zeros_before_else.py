# Found by the fuzzer (tests/fuzz/compile_fuzz.cpp): leading zeros pass the tokenizer when an 'e'
# follows that starts no exponent, and CPython then reads the literal as a float.
a = 1 if 04else 2
b = 1 if 0_4else 2
c = 1 if 0004else 2
d = 1 if 09_9else 2
e = 1 if 00else 2
