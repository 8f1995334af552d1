# datetimes as dict keys and in sorting, replace/combine, date vs datetime, then an uncaught TypeError
from datetime import datetime, date, time, timedelta, MINYEAR, MAXYEAR

events = {datetime(2024, 1, 1, 9): 'standup', datetime(2024, 1, 1, 14, 30): 'review'}
events[datetime(2024, 1, 1, 9, 0, 0)] += ' (moved)'
for when in sorted(events):
    print(when, events[when])
print(datetime.min, repr(datetime.max), datetime.resolution, datetime.max - datetime.min)
dt = datetime(2024, 1, 31, 23, 59, 59)
print(dt + timedelta(seconds=1), dt + timedelta(hours=1.5, minutes=-200), dt - timedelta(days=31))
print(dt.replace(hour=5, minute=0), datetime.combine(date(2024, 1, 1), time(3, 4)), dt.date(), dt.time())
print(dt.weekday(), dt.isoweekday(), dt.isocalendar(), dt.toordinal())
print(date(2024, 1, 1) == datetime(2024, 1, 1), isinstance(dt, date), MINYEAR, MAXYEAR)
print(type(dt), type(timedelta(1)), type(dt.time()), datetime.__name__, datetime.__module__)
for thunk in (lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: dt > date(2024, 1, 1),
              lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, 1, 60),
              lambda: datetime(2024, 1, 1, 1, 1, 1, 10**6), lambda: datetime.max + timedelta(1),
              lambda: dt.replace(month=2), lambda: dt - 1, lambda: time(1) < time(2, tzinfo=None) < 3):
    try:
        thunk()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class Shifted(datetime):
    pass


print(repr(Shifted(2024, 1, 1)), type(Shifted(2024, 1, 1) + timedelta(1)).__name__)
print(datetime.now() + 1)
