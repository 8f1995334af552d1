'''
triple with 'quotes' and "quotes"
'''
"""a\"""b"""
x = '''it's'''
