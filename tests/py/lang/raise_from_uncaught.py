# Uncaught `raise ... from ...` prints both tracebacks joined by the "direct cause" line.
class ParseError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ParseError(f"invalid port {text!r}") from exc


print(parse_port("8080"))
print(parse_port("eighty"))
