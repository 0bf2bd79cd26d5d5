# javax.imageio and java.awt.image.BufferedImage in the scripts' working folder: a trend
# snapshot routine writing a marker image, reading it back, and the formats' rules (the JDK
# writes no JPEG or BMP of an image with alpha: False, no file).
from java.awt.image import BufferedImage
from java.awt import Color
from javax.imageio import ImageIO, IIOException
from java.io import File, IOException
import java.lang

def marker(width, height, color):
    image = BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB)
    for x in range(width):
        image.setRGB(x, 0, color.getRGB())
        image.setRGB(x, height - 1, color.getRGB())
    return image

def save(image, name, fmt):
    target = File("snapshots", name)
    written = ImageIO.write(image, fmt, target)
    return written, target.exists()

print File("snapshots").mkdirs()
image = marker(4, 3, Color.red)
print image.getWidth(), image.getHeight(), image.getType(), image.getRGB(0, 0), image.getRGB(1, 1)
print save(image, "marker.png", "png"), save(image, "marker.jpg", "jpg"), save(image, "marker.bmp", "bmp")
print save(image, "marker.xyz", "xyz"), save(image, "marker.gif", "GIF")
back = ImageIO.read(File("snapshots/marker.png"))
print back.getWidth(), back.getHeight(), back.getType(), back.getRGB(0, 0), back.getRGB(1, 1), back.getRGB(3, 2)
rgb = BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB)
rgb.setRGB(0, 0, 0x00112233)
print rgb.getRGB(0, 0), rgb.getRGB(1, 1), rgb.getType()
print save(rgb, "plain.bmp", "bmp"), save(rgb, "plain.jpg", "JPEG")
print ImageIO.read(File("snapshots/plain.bmp")).getType(), ImageIO.read(File("snapshots/plain.bmp")).getRGB(0, 0)
print ImageIO.read(File("snapshots/plain.jpg")).getType(), ImageIO.read(File("snapshots/plain.jpg")).getWidth()
open("snapshots/notes.txt", "w").write("not an image")
print ImageIO.read(File("snapshots/notes.txt"))
try:
    ImageIO.read(File("snapshots/missing.png"))
except IIOException, e:
    print "IIOException", e.getMessage(), isinstance(e, IOException)
try:
    ImageIO.write(rgb, "png", File("nofolder/x.png"))
except IIOException, e:
    print "IIOException", e.getMessage()
for call in [lambda: image.getRGB(4, 0), lambda: BufferedImage(0, 5, 2), lambda: BufferedImage(5, 5, 99)]:
    try:
        call()
    except java.lang.ArrayIndexOutOfBoundsException, e:
        print "ArrayIndexOutOfBoundsException", e.getMessage()
    except java.lang.IllegalArgumentException, e:
        print "IllegalArgumentException", e.getMessage()
print BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_BYTE_GRAY
for f in File("snapshots").listFiles():
    if not f.getName().endswith(".png"):
        f.delete()
