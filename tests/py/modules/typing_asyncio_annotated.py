# typing: a realistic asyncio program fully annotated with typing names
import asyncio
from typing import (AsyncIterator, AsyncGenerator, Awaitable, Coroutine, Callable, Dict,
                    List, Optional, Tuple, Any, TypeVar, Generic, Iterable)

T = TypeVar('T')
Job = Callable[[int], Awaitable[int]]


class Result(Generic[T]):
    def __init__(self, value: Optional[T] = None, error: Optional[str] = None) -> None:
        self.value = value
        self.error = error

    def __repr__(self) -> str:
        return f'Result(value={self.value!r}, error={self.error!r})'


async def square(n: int) -> int:
    await asyncio.sleep(0.001 * n)
    if n == 3:
        raise ValueError('three is unlucky')
    return n * n


async def ticker(limit: int) -> AsyncIterator[int]:
    for i in range(limit):
        await asyncio.sleep(0)
        yield i


async def worker(name: str, queue: 'asyncio.Queue[Optional[int]]',
                 results: Dict[str, List[int]]) -> None:
    while (item := await queue.get()) is not None:
        results.setdefault(name, []).append(item)


async def run_jobs(job: Job, inputs: Iterable[int]) -> List[Result[int]]:
    out: List[Result[int]] = []
    for outcome in await asyncio.gather(*(job(n) for n in inputs), return_exceptions=True):
        out.append(Result(error=str(outcome)) if isinstance(outcome, Exception)
                   else Result[int](outcome))
    return out


async def main() -> Tuple[int, ...]:
    print(await run_jobs(square, [1, 2, 3, 4]))
    print([i async for i in ticker(4)])
    queue: asyncio.Queue = asyncio.Queue()
    results: Dict[str, List[int]] = {}
    [queue.put_nowait(item) for item in [5, 6, 7, None]]
    await worker('w1', queue, results)
    print(results)
    coro: Coroutine[Any, Any, int] = square(5)
    return (await coro, len(results))


print(asyncio.run(main()))
print(run_jobs.__annotations__['job'], ticker.__annotations__['return'])
print(main.__annotations__, Result[int])
