# date: construction errors, repr/str, calendar arithmetic, weekdays and ISO calendar
from datetime import date, timedelta, MINYEAR, MAXYEAR

d = date(2024, 1, 31)
print(repr(d), d, d.year, d.month, d.day, type(d))
print(d + timedelta(days=1), date(2024, 2, 28) + timedelta(1), date(2023, 2, 28) + timedelta(1))
print(date(2024, 3, 1) - date(2023, 3, 1), date(2024, 3, 1) - timedelta(days=366))
print(timedelta(weeks=2) + d, d - timedelta(hours=47))
for day in (date(2024, 3, 10), date(2021, 1, 3), date(2020, 12, 31), date(1, 1, 1)):
    print(day, day.weekday(), day.isoweekday(), day.toordinal(), day.isocalendar(), tuple(day.isocalendar()))
print(date.fromordinal(738955), date.fromisocalendar(2020, 53, 5), date.fromisoformat('2024-02-29'))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(d.replace(day=1), d.replace(year=2025, month=6, day=15), d.isoformat(), d.ctime())
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), d != 5)
print(sorted([date(2024, 5, 1), date(2023, 12, 31), date(2024, 1, 1)]))
print(type(date.today()), date.today() - date.today())

for args in ((2024, 2, 30), (0, 1, 1), (2024, 13, 1), (2023, 2, 29), (2024.0, 1, 1), (2024,)):
    try:
        date(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for thunk in (lambda: date.max + timedelta(1), lambda: date.min - timedelta(1),
              lambda: d + 1, lambda: d < 5, lambda: d.replace(day=32)):
    try:
        thunk()
    except (OverflowError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
