# timezone offsets, aware arithmetic and comparisons, astimezone, and naive/aware errors
from datetime import datetime, timedelta, timezone

utc, plus2 = timezone.utc, timezone(timedelta(hours=2))
print(repr(utc), utc, repr(plus2), plus2, repr(timezone(timedelta(hours=-2, minutes=-30), 'NST')))
print(timezone(timedelta(hours=-5)), timezone(timedelta(seconds=5)), plus2.utcoffset(None), plus2.dst(None))
a = datetime(2024, 1, 1, 12, tzinfo=plus2)
b = datetime(2024, 1, 1, 10, tzinfo=utc)
print(repr(a), a, a.utcoffset(), a.tzname(), a.strftime('%H:%M %z %Z'))
print(a == b, hash(a) == hash(b), a - b, a - datetime(2024, 1, 1, tzinfo=utc))
print(a.astimezone(utc), b.astimezone(timezone(timedelta(hours=-5))), a.timestamp())
print(a.replace(tzinfo=None), repr(datetime(2024, 1, 1).replace(tzinfo=utc)))
print(datetime.fromtimestamp(0, tz=plus2), datetime.fromtimestamp(1.5, utc))
print(datetime.now(utc).tzinfo, datetime.now(utc) - datetime.now(utc) < timedelta(seconds=1))
naive = datetime(2024, 1, 1, 10)
print(naive == b, naive != b, {naive: 'naive', b: 'aware'}[b])
for thunk in (lambda: naive < b, lambda: naive - b, lambda: timezone(timedelta(hours=24)),
              lambda: timezone(5), lambda: datetime(2024, 1, 1, tzinfo=5)):
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(naive > b)
