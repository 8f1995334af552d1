# An uncaught NameError for a near-miss name gets CPython 3.11's "Did you mean" hint.
def total_price(prices):
    subtotal = sum(prices)
    return subtotal

value_count = 3
prices = [1.5, 2.25, 3.0]
print(total_price(prices))
print(value_count)
print(value_cout)
print("not reached")
