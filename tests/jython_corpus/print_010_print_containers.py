print [1, 'two', 3.5]
print (1, 'two')
print ()
print []
print [[1, 2], (3, 4)]
