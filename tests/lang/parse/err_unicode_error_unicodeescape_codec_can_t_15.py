x = 'ab\xzz'
