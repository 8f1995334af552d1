x = 1  # comment
# comment only

   # indented comment
y = 2
