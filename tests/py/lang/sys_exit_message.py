# sys.exit("message") prints the message to stderr and exits with status 1.
import sys


def check(config):
    if "name" not in config:
        sys.exit("error: config has no 'name'")
    return config["name"]


print(check({"name": "ok"}))
print(check({}))
print("not reached")
