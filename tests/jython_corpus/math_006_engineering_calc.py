import math
radius = 1.5
area = math.pi * radius ** 2
print "area %.3f" % area
flow = 0.6 * area * math.sqrt(2 * 9.81 * 2.0)
print "flow %.4f" % flow
print round(flow, 2)
