# timedelta arithmetic: +, -, *, /, //, %, divmod, abs, negation, ordering and hashing
from datetime import timedelta

hour = timedelta(hours=1)
print(hour + timedelta(minutes=30), hour - timedelta(hours=3), -hour, +hour, abs(-hour))
print(hour * 3, 2 * hour, hour * 1.5, 0.25 * hour, hour * -1)
print(hour / 7, hour / 2.5, hour / timedelta(minutes=7), hour // timedelta(minutes=7))
print(hour // 7, hour % timedelta(minutes=7), divmod(timedelta(hours=5), timedelta(hours=2)))
print(timedelta(seconds=10) / timedelta(seconds=4), -timedelta(seconds=10) // timedelta(seconds=4))
print(sorted([timedelta(1), timedelta(seconds=-1), timedelta(0), hour]))
print(max(timedelta(minutes=59), hour), min(timedelta(days=-1), timedelta(seconds=-86401)))
print(hour > timedelta(0), hour <= timedelta(minutes=60), hour == 3600, hour != 'x')
durations = {timedelta(minutes=60): 'one hour', timedelta(days=1): 'one day'}
print(durations[hour], durations[timedelta(hours=24)], len({hour, timedelta(seconds=3600)}))
total = sum([timedelta(seconds=s) for s in (1.25, 2.5, 0.25)], timedelta())
print(total, total.total_seconds(), round(total / timedelta(milliseconds=1)))

for expr in (lambda: hour + 1, lambda: 2 - hour, lambda: hour < 1, lambda: hour / 0,
             lambda: hour // 0, lambda: hour * None, lambda: hour % 5):
    try:
        expr()
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
