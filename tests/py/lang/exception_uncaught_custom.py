# An uncaught user-defined exception: the last stderr line shows its name and message; exit 1.
class InventoryError(Exception):
    pass


def remove_item(stock, item):
    if stock.get(item, 0) <= 0:
        raise InventoryError(f"no {item!r} left in stock")
    stock[item] -= 1


stock = {"apple": 1}
remove_item(stock, "apple")
print("removed one apple")
remove_item(stock, "apple")
