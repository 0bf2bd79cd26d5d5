hour = 22
for add in [1, 3, 5, -30]:
    print (hour + add) % 24
