# mode / multimode with ties, unhashable errors, and non-numeric data
import statistics as st


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


print(st.mode([3, 1, 1, 3]), st.mode('baab'), st.mode([(1, 2), (1, 2), (3,)]))
print(st.multimode([3, 1, 1, 3, 2]), st.multimode(iter('xyzzyx')))
show(lambda: st.mode([[1], [1]]))
show(lambda: st.multimode([{1}]))
print(st.median_low(['d', 'a', 'c', 'b']), st.median_high(['d', 'a', 'c', 'b']))
print(st.mode([1.0, 1, True]), st.multimode([1, 1.0, 2]))
