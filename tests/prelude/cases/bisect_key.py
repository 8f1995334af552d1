# key= in bisect and insort
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort


class Movie:
    def __init__(self, name, released):
        self.name = name
        self.released = released

    def __repr__(self):
        return f'Movie({self.name!r}, {self.released})'


movies = [Movie('Jaws', 1975), Movie('Titanic', 1997), Movie('The Birds', 1963),
          Movie('Aliens', 1986)]
by_year = sorted(movies, key=lambda m: m.released)
print(by_year)
print(bisect_left(by_year, 1980, key=lambda m: m.released))
print(by_year[bisect_left(by_year, 1960, key=lambda m: m.released)])
insort(by_year, Movie('Love Story', 1970), key=lambda m: m.released)
insort_left(by_year, Movie('Jaws 2', 1975), key=lambda m: m.released)
insort_right(by_year, Movie('Jaws 3', 1975), key=lambda m: m.released)
print(by_year)
words = sorted(['pear', 'fig', 'banana', 'kiwi', 'apple'], key=len)
print(words, bisect_left(words, 4, key=len), bisect_right(words, 4, key=len))
print(bisect_left(words, 5, 1, 3, key=len), bisect_right(words, 100, key=len))
insort(words, 'plum', key=len)
print(words)
pairs = [(1, 'a'), (3, 'c'), (5, 'e')]
insort(pairs, (3, 'b'))
insort(pairs, (3, 'z'), key=lambda p: p[0])
print(pairs)
