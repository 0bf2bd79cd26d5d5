# sem: heapq bisect
import heapq, bisect
h = [5, 1, 3]
heapq.heapify(h)
print heapq.heappop(h), heapq.nsmallest(2, [4, 2, 9])
l = [1, 3, 5]
bisect.insort(l, 4)
print l, bisect.bisect(l, 3)
