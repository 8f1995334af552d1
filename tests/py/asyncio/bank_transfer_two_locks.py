# Money transfers take both account locks in a fixed order (by id): no deadlock, total kept.
import asyncio

class Account:
    def __init__(self, ident, balance):
        self.ident = ident
        self.balance = balance
        self.lock = asyncio.Lock()

async def transfer(src, dst, amount):
    first, second = sorted((src, dst), key=lambda a: a.ident)
    async with first.lock:
        await asyncio.sleep(0)  # the other direction is now trying too
        async with second.lock:
            if src.balance < amount:
                return f"{src.ident}->{dst.ident} refused"
            src.balance -= amount
            await asyncio.sleep(0)
            dst.balance += amount
            return f"{src.ident}->{dst.ident} {amount}"

async def main():
    a, b, c = Account(1, 100), Account(2, 50), Account(3, 0)
    jobs = [transfer(a, b, 30), transfer(b, a, 20), transfer(b, c, 40),
            transfer(c, a, 10), transfer(a, c, 500), transfer(c, b, 5)]
    for line in await asyncio.gather(*jobs):
        print(line)
    print("balances:", a.balance, b.balance, c.balance)
    print("total:", a.balance + b.balance + c.balance)
    print("locks held:", [acc.lock.locked() for acc in (a, b, c)])

asyncio.run(main())
