# timedelta: normalization of mixed and negative arguments, repr, str and total_seconds
from datetime import timedelta

cases = [
    timedelta(),
    timedelta(seconds=1.5),
    timedelta(hours=25, minutes=-30),
    timedelta(days=-1, seconds=5),
    timedelta(microseconds=-1),
    timedelta(weeks=1, milliseconds=3),
    timedelta(hours=-1),
    timedelta(days=2, microseconds=500000),
    timedelta(0.1, 0.2, 0.3),
    timedelta(microseconds=1.5),
    timedelta(microseconds=2.5),
]
for td in cases:
    print(repr(td), '|', td, '|', td.days, td.seconds, td.microseconds, '|', td.total_seconds())

print(timedelta.min, '/', timedelta.max, '/', repr(timedelta.resolution))
print(timedelta(days=1) == timedelta(hours=24), timedelta(1) != timedelta(seconds=1))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))

for bad in ({'days': '1'}, {'days': 10**9}, {'hours': None}):
    try:
        timedelta(**bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
