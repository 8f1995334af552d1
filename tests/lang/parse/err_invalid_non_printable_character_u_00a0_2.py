x = 'a'   'b'
