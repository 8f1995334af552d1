'''docstring'''
"""another"""
