# add_note (3.11): notes are stored in __notes__ and printed after the message when uncaught.
try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("of config.ini")
    print(e.__notes__, str(e))
try:
    ValueError("x").add_note(42)
except TypeError as e:
    print("TypeError:", e)


def parse(value):
    try:
        return int(value)
    except ValueError as exc:
        exc.add_note(f"value was {value!r}")
        raise


print(parse("12"))
parse("twelve")
