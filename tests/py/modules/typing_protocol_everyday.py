# typing: Protocol bases, abstract collection hints and a threaded worker pool annotated everyday-style
import threading
from collections import deque, defaultdict
from typing import (Protocol, Iterator, Generator, Iterable, Sequence, MutableSequence, Deque,
                    DefaultDict, Optional, List, Dict, TypeVar, SupportsInt)

T_co = TypeVar('T_co', covariant=True)


class Shape(Protocol):
    def area(self) -> float: ...


class Source(Protocol[T_co]):
    def read(self) -> T_co: ...


class Square(Shape):
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


def countdown(n: int) -> Generator[int, None, str]:
    yield from range(n, 0, -1)
    return 'done'


def pairs(seq: Sequence[str]) -> Iterator[str]:
    return iter(zip(seq, seq[1:]))


print(total_area([Square(2), Square(3)]), list(countdown(3)), list(pairs('abc')))
print(Shape.__mro__, Source.__parameters__, Source[int], SupportsInt.__name__)

lock = threading.Lock()
tally: DefaultDict[str, int] = defaultdict(int)
log: Deque[str] = deque(maxlen=3)


def work(name: str, words: MutableSequence[str], seen: Optional[Dict[str, int]] = None) -> None:
    for word in words:
        with lock:
            tally[word] += 1
            log.append(f'{name}:{word}')


threads: List[threading.Thread] = [threading.Thread(target=work, args=(f't{i}', ['a', 'b']))
                                   for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(dict(tally), len(log), work.__annotations__['words'], work.__annotations__['seen'])
