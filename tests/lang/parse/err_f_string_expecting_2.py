x = f"{x} {y"
