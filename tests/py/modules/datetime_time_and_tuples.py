# time-of-day objects, ISO week dates, timetuple and the errors of time arithmetic
from datetime import date, datetime, time, timedelta, timezone

t = time(14, 5, 9, 500)
print(repr(t), t, t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold)
print(t.replace(minute=45), t.isoformat('minutes'), f'{t:%I:%M %p}', t.strftime('%H-%M-%S'))
print(time(9) < time(10), time(9) == time(9, 0, 0), hash(time(9)) == hash(time(9, 0)))
aware = time(9, tzinfo=timezone(timedelta(hours=1)))
print(repr(aware), aware, aware.utcoffset(), aware.tzname(), aware == time(8, tzinfo=timezone.utc))
print(sorted([time(23, 59), time(0, 1), time(12)]), time.min, time.max, time.resolution)
for s in ('2024-W10-1', '2024W101', '2024-W10', '2020-W53-7T08:30'):
    print(s, repr(datetime.fromisoformat(s)))
print(date.fromisocalendar(2024, 1, 1), date(2024, 12, 30).isocalendar(), date(2024, 3, 10).isocalendar().week)
tt = datetime(2024, 3, 10, 5, 6, 7).timetuple()
print(tt, tt.tm_yday, tt.tm_wday, tuple(tt)[:3])
print(date(2024, 3, 10).timetuple().tm_isdst, datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=2))).utctimetuple())
for thunk in (lambda: time(1) - time(2), lambda: time(1) + timedelta(hours=1), lambda: 5 + time(1),
              lambda: time(25), lambda: time(1) < time(2, tzinfo=timezone.utc), lambda: time(1) < 2,
              lambda: time.fromisoformat('25:00'), lambda: date.fromisocalendar(2024, 54, 1),
              lambda: datetime.fromisoformat('2024-W10-8'), lambda: 1.5 - datetime(2024, 1, 1),
              lambda: 'took ' + timedelta(seconds=3), lambda: round(timedelta(seconds=3), 1)):
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bool(time(0)), time(0, 0, 0, 1) > time(0))
