# fromisoformat and strptime with the common directives, and their ValueErrors
from datetime import datetime, date, time

for s in ('2024-03-10', '2024-03-10T14', '2024-03-10 14:05', '2024-03-10T14:05:09.5',
          '2024-03-10T14:05:09.123456+02:00', '2024-03-10T14:05:09Z', '20240310T140509'):
    print(s, '->', repr(datetime.fromisoformat(s)))
print(repr(time.fromisoformat('10:20:30.123')), repr(time.fromisoformat('10:20:30-05:30')))
print(repr(date.fromisoformat('2024-02-29')))
text = datetime(2024, 5, 6, 7, 8, 9, 10).isoformat()
print(datetime.fromisoformat(text) == datetime(2024, 5, 6, 7, 8, 9, 10))

for s, fmt in (('2024-03-10 14:05:09', '%Y-%m-%d %H:%M:%S'),
               ('10/03/24 02:05 pm', '%d/%m/%y %I:%M %p'),
               ('March 5, 2024', '%B %d, %Y'),
               ('Sun Mar 10 2024', '%a %b %d %Y'),
               ('12:30:45.5', '%H:%M:%S.%f'),
               ('2024-03-10T14:05:09+0100', '%Y-%m-%dT%H:%M:%S%z'),
               ('2024 075', '%Y %j'),
               ('99%', '%y%%')):
    print(repr(datetime.strptime(s, fmt)))

for s, fmt in (('2024-02-30', '%Y-%m-%d'), ('2024', '%Y-%m'), ('2024-01x', '%Y-%m'),
               ('2024-03-10', '%Y-%m-%d %H')):
    try:
        datetime.strptime(s, fmt)
    except ValueError as e:
        print('ValueError', e)
for s in ('2024-1-1', '2024-03-10X', '10:2', ''):
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print('ValueError', e)
