# return inside an except* block: "'break', 'continue' and 'return' cannot appear in an except* block".
def handle():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        return "handled"
    return "not handled"


print("never printed")
print(handle())
