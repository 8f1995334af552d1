# quantiles, harmonic_mean, geometric_mean
import statistics as st


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91,
        103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88]
print([round(q, 1) for q in st.quantiles(data, n=10)])
print(st.quantiles(data), st.quantiles(data, n=4, method='inclusive'))
print(st.quantiles([1, 2], n=3), st.quantiles([1.5, 2.5, 10], n=2))
show(lambda: st.quantiles([1], n=4))
show(lambda: st.quantiles([1, 2], n=0))
show(lambda: st.quantiles([1, 2], method='bogus'))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([5]), st.harmonic_mean([1, 0, 2]))
show(lambda: st.harmonic_mean([]))
show(lambda: st.harmonic_mean([-1, 2]))
print(round(st.geometric_mean([54, 24, 36]), 9), st.geometric_mean([1, 10, 100]))
show(lambda: st.geometric_mean([]))
show(lambda: st.geometric_mean([1, -1]))
