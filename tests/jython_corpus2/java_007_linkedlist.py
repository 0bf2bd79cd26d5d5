from java.util import LinkedList
l = LinkedList()
l.add(1)
l.addFirst(0)
l.addLast(2)
print l, l.getFirst(), l.getLast(), l.size()
