x = b'ab\xz1'
