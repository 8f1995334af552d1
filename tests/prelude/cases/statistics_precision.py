# Exact summation avoids float round-off; results are correctly rounded
import statistics as st

print(st.mean([1e50, 1, -1e50] * 1000))
print(st.mean([0.1] * 10), sum([0.1] * 10) / 10)
print(st.variance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]))
print(st.stdev([0.1, 0.2, 0.3]), st.pstdev([0.1, 0.2, 0.3]))
print(st.mean([1 / 3, 2 / 3]), st.fmean([1 / 3, 2 / 3]))
print(st.stdev([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.variance(range(10 ** 4)), st.stdev(range(0, 10 ** 6, 7)))
print(st.mean([float('nan'), 1.0]))
try:
    print(st.pvariance([1e308, -1e308, 1e308]))
except OverflowError as e:
    print('OverflowError:', e)
print(st.mean([1e308, 1e308]), st.pvariance([1e100, -1e100]))
