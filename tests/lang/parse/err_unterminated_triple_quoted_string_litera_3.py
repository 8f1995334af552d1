"""unterminated
docstring
