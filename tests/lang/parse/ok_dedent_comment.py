if 1:
    pass
  # weird comment indentation
x = 1
