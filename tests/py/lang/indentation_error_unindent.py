# A dedent to a column that matches no enclosing block: "unindent does not match any outer indentation level".
def outer():
    if True:
        x = 1
      y = 2
    return x


print("never printed")
print(outer())
