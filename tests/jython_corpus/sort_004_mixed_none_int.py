print None < 0
print None < -1000
print None > 0
print None == 0
print None < "", None < []
