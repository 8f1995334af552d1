def f():
    """doc"""
    return
