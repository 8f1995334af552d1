# An uncaught TypeError from a bad call: missing argument message on the last stderr line.
def area(width, height):
    return width * height


def describe(shape):
    return f"{shape['name']}: {area(*shape['dims'])}"


print(describe({"name": "square", "dims": (2, 2)}))
print(describe({"name": "line", "dims": (5,)}))
