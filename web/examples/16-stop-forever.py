# A loop that never ends: press Stop
# This program runs forever by design; the Stop button interrupts it with a KeyboardInterrupt.

print("counting forever... press Stop to end the program")

count = 0
while True:  # nothing in the loop ever breaks out of it
    count += 1
