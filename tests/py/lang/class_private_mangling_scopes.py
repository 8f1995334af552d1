# Private name mangling: parameters, slots, annotations, comprehensions, lambdas, globals,
# a class named with leading underscores, and the names an inner class does not see.
class C:
    __slots__ = ('__a', 'b')
    __k: int = 3
    def m(self, __x):
        return __x
    def n(self):
        try:
            return self.m(__x=1)
        except TypeError as e:
            return str(e)
    def __p(self):
        return 'p'
    def q(self):
        self.__a = 5
        return self.__p(), self.__a, [self.__a for _ in range(1)], (lambda: self.__a)()
print(C().n(), C.__annotations__, C().q(), C.__slots__, hasattr(C, '_C__a'))
class _U:
    def f(self):
        self.__z = 1
        return vars(self)
print(_U().f())
def outer():
    __v = 1
    class D:
        def g(self):
            try:
                return __v
            except NameError as e:
                return str(e)
    return D().g()
print(outer())
import sys
class E:
    def h(self):
        global __gg
        __gg = 7
        return __gg
print(E().h(), '_E__gg' in globals())
