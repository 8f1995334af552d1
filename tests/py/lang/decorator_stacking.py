# Stacked decorators apply bottom-up and run outermost-first.
order = []
def tag(label):
    def deco(func):
        order.append(f"decorating with {label}")
        def wrapper(*args):
            return f"<{label}>{func(*args)}</{label}>"
        return wrapper
    return deco
@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s
print(order)
print(text("hi"))
def trace(func):
    def wrapper(*args):
        print("enter", func.__name__ if hasattr(func, "__name__") else "?")
        result = func(*args)
        print("exit")
        return result
    wrapper.__name__ = "traced_" + func.__name__
    return wrapper
@trace
@trace
def work():
    print("working")
    return 42
print(work(), work.__name__)
