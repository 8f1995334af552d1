# mean, fmean, median*, mode, multimode
import statistics as st


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for data in [[1, 2, 3, 4, 4], [1, 2, 3], [1, 2], [2.5, 3.25, 5.75], [1, 2.5], [-1, 1],
             [0.1, 0.2, 0.3], [1e300, 1e300, -1e300], [10 ** 20, 1, 2], [True, False, True],
             range(1, 101), [3], [0.1] * 10]:
    data = list(data)
    print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data),
          st.median_high(data))
print(st.mean(iter([1, 2, 3, 4])), st.mean((x for x in [0.5, 1.5])))
print(st.mean([float('inf'), 1]), st.mean([float('-inf'), 1.0]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean(iter([1, 2])))
print(st.median([5, 1, 3]), st.median([1, 3, 5, 7]), st.median(['b', 'a', 'c']))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'red', 'green', 'blue', 'blue']))
print(st.mode('aabbbcc'), st.mode([1.5]), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''))
print(st.multimode([1, 2, 3]))
show(lambda: st.mean([]))
show(lambda: st.fmean([]))
show(lambda: st.median([]))
show(lambda: st.median_low([]))
show(lambda: st.median_high([]))
show(lambda: st.mode([]))
show(lambda: st.mean(['a', 'b']))
show(lambda: st.fmean([1, 2], weights=[1]))
print(issubclass(st.StatisticsError, ValueError))
