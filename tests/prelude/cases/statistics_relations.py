# covariance, correlation, linear_regression
import statistics as st


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.covariance(x, list(reversed(x))))
print(st.correlation(x, x), st.correlation(x, y), st.correlation(x, [-v for v in x]))
lr = st.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr, lr.slope, lr.intercept, round(lr.slope * 2019 + lr.intercept))
slope, intercept = st.linear_regression(x, [2 * v + 1 for v in x])
print(slope, intercept)
print(st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
show(lambda: st.covariance([1], [2]))
show(lambda: st.covariance([1, 2], [2]))
show(lambda: st.correlation([1, 1], [2, 3]))
show(lambda: st.linear_regression([1, 1], [2, 3]))
show(lambda: st.linear_regression([1, 2], [2]))
