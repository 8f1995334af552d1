# types: names of built-in types taken from real objects, and isinstance checks with them
import types
import sys


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class K:
    def method(self):
        return self


c = coro()
checks = [
    ("FunctionType", gen), ("LambdaType", lambda: 0), ("GeneratorType", gen()),
    ("CoroutineType", c), ("AsyncGeneratorType", agen()), ("MethodType", K().method),
    ("BuiltinFunctionType", len), ("BuiltinMethodType", [].append),
    ("MethodDescriptorType", str.join), ("ModuleType", sys), ("CodeType", gen.__code__),
    ("GetSetDescriptorType", types.FunctionType.__code__),
    ("NoneType", None), ("NotImplementedType", NotImplemented), ("EllipsisType", ...),
    ("GenericAlias", list[int]), ("UnionType", int | None),
]
for name, obj in checks:
    cls = getattr(types, name)
    print(name, cls, cls.__name__, isinstance(obj, cls), type(obj) is cls)
c.close()

print(types.LambdaType is types.FunctionType, types.BuiltinMethodType is types.BuiltinFunctionType)
print(isinstance(K.method, types.MethodType), isinstance(K().method, types.FunctionType))
print(isinstance(print, types.FunctionType), isinstance(gen, types.BuiltinFunctionType))
print(types.GenericAlias(dict, (str, int)), types.GenericAlias(list, int) == list[int])
print((int | str).__args__, isinstance(str | None, types.UnionType))
print(type(None)() is None, types.NoneType, types.EllipsisType)
bound = K().method
print(bound.__func__ is K.method, type(bound.__self__).__name__)
