print(**a, *b)
