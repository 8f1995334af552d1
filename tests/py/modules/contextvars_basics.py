# contextvars: get/set/reset with tokens, copy_context and Context.run, the mapping API, errors.
import contextvars

v = contextvars.ContextVar("v", default=0)
w = contextvars.ContextVar("w")
print(v.name, v.get(), w.get("fallback"))
try:
    w.get()
except LookupError as e:
    print("LookupError for", e.args[0].name)

token = v.set(5)
print(token.var is v, token.old_value is contextvars.Token.MISSING, contextvars.Token.MISSING)
print(v.get())
v.reset(token)
print(v.get())
for bad in (lambda: v.reset(token), lambda: v.reset(w.set(1)), lambda: contextvars.ContextVar(1)):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0].split("=<")[0], "...", str(e).split(">")[-1])

ctx = contextvars.copy_context()
print(type(ctx).__name__, len(ctx), w in ctx, ctx[w], ctx.get(v, "unset"), list(ctx.values()))


def change(x):
    w.set(x)
    return w.get()


print(ctx.run(change, 42), "outside:", w.get(), "in ctx:", ctx[w])
try:
    ctx.run(ctx.run, change, 1)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(":")[0])
other = contextvars.ContextVar("other")
print(other in ctx, contextvars.Context().get(w, "empty context"))
try:
    ctx["w"]
except TypeError as e:
    print("TypeError:", e)
print(contextvars.ContextVar[int], type(v).__module__)
try:
    class MyVar(contextvars.ContextVar):
        pass
except TypeError as e:
    print("TypeError:", e)
