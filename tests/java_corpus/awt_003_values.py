# java.awt value classes on a headless JVM: Color (constructors, named constants, brighter/darker,
# decode, range errors), Font, Rectangle, Dimension, Point and Insets with their toString.
from java.awt import Color, Font, Rectangle, Dimension, Point, Insets

import java.lang
print Color.red, Color.RED, Color.white == Color.WHITE, Color.orange, Color.pink, Color.darkGray, Color.lightGray, Color.magenta, Color.cyan, Color.gray
c = Color(10, 20, 30)
print c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha(), c.getRGB(), c.red, c.alpha, c.RGB
print Color(10, 20, 30, 40).getAlpha(), Color(10, 20, 30, 40), Color(0x112233), Color(-2146360781, True).getAlpha(), Color(-2146360781).getAlpha()
print Color(0.5, 0.25, 1.0), Color(0.5, 0.25, 1.0, 0.5).getAlpha()
print Color(100, 150, 200).brighter(), Color(100, 150, 200).darker(), Color.black.brighter()
print Color.decode("#FF8000"), Color.decode("0x102030"), Color(1,2,3) == Color(1,2,3), Color(1,2,3).equals(Color(1,2,3,255)), Color(1,2,3).hashCode()
for bad in [(300, 0, 0), (0, -1, 256), (1.5, 0.0, 0.0)]:
    try:
        Color(*bad)
    except java.lang.IllegalArgumentException, e:
        print "IAE", e.getMessage()
f = Font("Dialog", Font.BOLD, 12)
print f, f.getName(), f.getFamily(), f.getStyle(), f.getSize(), f.isBold(), f.isItalic(), f.isPlain(), Font.PLAIN, Font.ITALIC
print f.deriveFont(18.0), f.deriveFont(Font.ITALIC), f.deriveFont(Font.PLAIN, 9.0), Font("Dialog", Font.BOLD | Font.ITALIC, 10)
r = Rectangle(10, 20, 100, 50)
print r, r.x, r.width, r.getX(), r.getWidth(), r.contains(50, 40), r.contains(110, 40), r.contains(Point(10, 20))
print r.intersects(Rectangle(100, 60, 5, 5)), r.intersects(Rectangle(110, 60, 5, 5)), r.intersection(Rectangle(50, 50, 100, 100)), r.union(Rectangle(0, 0, 5, 5))
print r.getSize(), r.getLocation(), r.isEmpty(), Rectangle().isEmpty(), Rectangle(5, 6), r.getCenterX(), r.getBounds() == r
r.translate(1, 2); print r
r.setBounds(0, 0, 3, 4); print r
r.setSize(7, 8); r.setLocation(1, 1); print r, r.getMaxX(), r.getMinY()
print Insets(1, 2, 3, 4), Insets(1, 2, 3, 4).top
d = Dimension(3, 4); print d.equals(Dimension(3, 4)), d == Dimension(3, 4), Point(1, 2) == Point(1, 2), d.getSize(), Dimension(d)
p = Point(1, 2); p.translate(3, 4); print p, p.distance(0, 0) > 0, p.getLocation()
