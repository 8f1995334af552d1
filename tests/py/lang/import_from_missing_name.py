# `from module import missing` raises an uncaught ImportError naming module and location.
import sys

print("sys has argv:", hasattr(sys, "argv"))


def get_tools():
    from sys import does_not_exist
    return does_not_exist


get_tools()
