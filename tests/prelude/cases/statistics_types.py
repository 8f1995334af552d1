# Result types: int inputs give int means when exact, floats otherwise; bools count as ints
import statistics as st

cases = [[1, 2, 3], [1, 2, 3, 4], [2, 4], [True, True, False], [1, 2.0], [10 ** 18, 10 ** 18 + 2],
         [-3, -1], [0.5, 1.5, 2.5]]
for data in cases:
    m = st.mean(data)
    v = st.pvariance(data)
    print(data, m, type(m).__name__, v, type(v).__name__)
print(st.median([1, 2]), type(st.median([1, 2])).__name__, st.median([1, 3]))
print(st.mean([1] * 1000 + [2]), st.variance([1, 2] * 500))
