# A callback's exception goes to the loop's exception handler; the loop keeps running.
import asyncio

def bad_callback(x):
    raise ZeroDivisionError(f"bad {x}")

def handler(loop, context):
    exc = context.get("exception")
    print("handler:", context["message"].split(" at ")[0], type(exc).__name__, exc)
    print("  keys:", sorted(context), type(context.get("handle")).__name__)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    loop.call_soon(print, "next callback still runs")
    loop.call_later(0.01, bad_callback, 2)
    await asyncio.sleep(0.02)
    loop.call_exception_handler({"message": "custom report", "detail": 7})
    def broken_handler(loop, context):
        raise RuntimeError("handler itself failed")
    loop.set_exception_handler(broken_handler)
    loop.call_exception_handler({"message": "goes to the default handler"})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print("TypeError:", e)
    loop.set_exception_handler(None)
    loop.call_soon(bad_callback, 3)
    await asyncio.sleep(0)
    print("main still running")
    await asyncio.sleep(0)

asyncio.run(main())
