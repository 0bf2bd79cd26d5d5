print ("a", "b")
print (1, 2, 3)
print ("single")
print ("single",)
