x = ℕ
x = ＡＢＣ
ﬁnd = 1
print(find)
x = µ
x = 1
