# Sorting HOWTO examples with operator getters
from operator import itemgetter, attrgetter, methodcaller

student_tuples = [('john', 'A', 15), ('jane', 'B', 12), ('dave', 'B', 10)]
print(sorted(student_tuples, key=itemgetter(2)))
print(sorted(student_tuples, key=itemgetter(1, 2)))


class Student:
    def __init__(self, name, grade, age):
        self.name = name
        self.grade = grade
        self.age = age

    def __repr__(self):
        return repr((self.name, self.grade, self.age))

    def weighted(self, w):
        return self.age * w


students = [Student('john', 'A', 15), Student('jane', 'B', 12), Student('dave', 'B', 10)]
print(sorted(students, key=attrgetter('age')))
print(sorted(students, key=attrgetter('grade', 'age'), reverse=True))
print(sorted(students, key=methodcaller('weighted', -1)))
s = sorted(students, key=attrgetter('age'))
print(sorted(s, key=attrgetter('grade'), reverse=True))
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
print(sorted(data, key=itemgetter(0)))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=itemgetter(1)))
print(sorted(['B', 'a', 'C'], key=methodcaller('lower')))
