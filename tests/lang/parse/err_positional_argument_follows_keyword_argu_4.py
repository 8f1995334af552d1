print(**a, b)
