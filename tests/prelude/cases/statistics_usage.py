# A grade report in tutorial style
import statistics

grades = {'ann': [88, 92, 79, 93], 'bob': [75, 64, 81, 70], 'cy': [95, 98, 100, 91],
          'dee': [60, 72, 68, 75]}
for name, g in grades.items():
    print(f'{name:4} mean={statistics.mean(g):6.2f} median={statistics.median(g):5} '
          f'stdev={statistics.stdev(g):.3f}')
all_scores = [s for g in grades.values() for s in g]
print(statistics.mean(all_scores), statistics.median(all_scores), statistics.mode(all_scores))
print(statistics.pstdev(all_scores), statistics.variance(all_scores))
mu, sigma = statistics.mean(all_scores), statistics.pstdev(all_scores)
print([round((s - mu) / sigma, 2) for s in all_scores[:5]])
temps = [22.5, 23.1, 21.8, 24.0, 22.9, 23.4]
print(statistics.mean(temps), statistics.median(temps), statistics.stdev(temps))
print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.median([1, 2, 3, 4]))
