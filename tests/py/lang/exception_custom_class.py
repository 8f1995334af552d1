# User-defined exceptions: hierarchies, extra attributes, custom __str__, and catching by base.
class AppError(Exception):
    """Base for this app."""
class NotFound(AppError):
    def __init__(self, resource, ident):
        super().__init__(resource, ident)
        self.resource = resource
        self.ident = ident
    def __str__(self):
        return f"{self.resource} #{self.ident} not found"
class Invalid(AppError):
    pass
for exc in (NotFound("user", 7), Invalid("bad input"), Invalid(), AppError("x", 1)):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
try:
    raise NotFound("page", 3)
except NotFound as e:
    print(e.resource, e.ident, isinstance(e, AppError), AppError.__doc__)
try:
    raise Invalid
except Invalid as e:
    print("raising the class instantiates it:", repr(e))
class NoInit(Exception):
    pass
print(str(NoInit(1, 2)), str(NoInit("one")), repr(NoInit()))
