print('hi')
