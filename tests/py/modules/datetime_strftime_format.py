# strftime directives, f-string format specs, isoformat timespecs and str/repr of datetime and time
from datetime import datetime, date, time

dt = datetime(2024, 3, 10, 14, 5, 9, 123456)
print(repr(dt), dt, repr(datetime(2024, 3, 10)), repr(datetime(2024, 3, 10, 0, 0, 7)))
print(dt.strftime('%a %A %b %B %d %m %y %Y'))
print(dt.strftime('%H %I %p %M %S %f %j %U %W %w %u'))
print(dt.strftime('%c | %x | %X | %% | %G-W%V'))
print(f'{dt:%H:%M:%S.%f}', f'{dt:%Y-%m-%d}', f'{dt}', f'{dt!r}')
print(f'{date(2024, 3, 10):%d/%m/%Y}', f'{time(7, 8):%H|%M|%S}', '{:%B}'.format(dt))
print(format(dt, ''), format(date(2024, 1, 1), ''), f'[{str(dt):>30}]')
for spec in ('auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'):
    print(spec, dt.isoformat(timespec=spec), dt.time().isoformat(spec))
print(dt.isoformat(' '), datetime(2024, 1, 1).isoformat(), dt.ctime())
for t in (time(), time(5), time(5, 6, 7), time(5, 6, 7, 8), time.max, time.min):
    print(repr(t), t)
print(datetime(2024, 1, 1, 0, 0).strftime('%I %p'), datetime(2024, 1, 1, 12, 0).strftime('%I %p'))
print(datetime(999, 1, 1).isoformat(), datetime(2024, 12, 30).strftime('%G %V %j'))
try:
    dt.isoformat(timespec='nanoseconds')
except ValueError as e:
    print('ValueError', e)
