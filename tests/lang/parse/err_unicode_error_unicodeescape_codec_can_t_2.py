x = '\xg'
