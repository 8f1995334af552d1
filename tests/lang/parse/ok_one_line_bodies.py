if x: y = 1; z = 2
while 1: break
for x in y: continue
