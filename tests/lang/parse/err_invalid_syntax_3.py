x = 1if
