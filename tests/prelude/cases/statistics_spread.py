# variance, pvariance, stdev, pstdev (exact arithmetic, correctly rounded)
import statistics as st


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


samples = [
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [1, 2, 3, 4, 5],
    [1, 2, 3, 4],
    [1, 2, 3],
    [10, 10, 10],
    [1, 1.5],
    [1e10, 1e10 + 1, 1e10 + 2],
    [0.1, 0.2, 0.3, 0.4],
    [-5, 5, 10 ** 12],
    list(range(100)),
    [x / 7 for x in range(20)],
]
for data in samples:
    print(st.variance(data), st.pvariance(data), st.stdev(data), st.pstdev(data))
print(st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3, 4], mu=2.5))
print(st.stdev([1, 2, 3, 4], 2.5), st.pstdev([1, 2, 3, 4], 2))
print(st.pvariance([7]), st.pstdev([7.5]), st.variance(iter([1, 5])))
print(st.variance([1.0, float('inf')]) if False else 'skip')
show(lambda: st.variance([1]))
show(lambda: st.stdev([]))
show(lambda: st.pvariance([]))
show(lambda: st.pstdev([]))
show(lambda: st.variance(['a', 'b']))
print(type(st.variance([1, 2, 3])).__name__, type(st.variance([1, 3, 5])).__name__)
