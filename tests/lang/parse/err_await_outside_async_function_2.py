lambda: (yield)
lambda: await x
