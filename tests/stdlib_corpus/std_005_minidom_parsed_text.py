# Reading a recipe export with minidom, as plant code does: what the parser hands out is unicode
import xml.dom.minidom

EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<recipes site="Plant 1">
  <recipe id="101" name="Cola">
    <step n="1" action="fill">Fill tank<!-- from line 3 --></step>
    <step n="2" action="mix"><![CDATA[Mix < 5 min]]></step>
  </recipe>
  <recipe id="102" name="Caf\xc3\xa9"/>
</recipes>"""


class RecipeReader(object):
    def __init__(self, text):
        self.doc = xml.dom.minidom.parseString(text)

    def recipes(self):
        result = []
        for node in self.doc.getElementsByTagName("recipe"):
            try:
                steps = [(s.getAttribute("n"), s.getAttribute("action"), self.text(s))
                         for s in node.getElementsByTagName("step")]
                result.append((node.getAttribute("id"), node.getAttribute("name"), steps))
            except Exception, e:
                print "bad recipe", e
        return result

    def text(self, node):
        return "".join([c.data for c in node.childNodes if c.nodeType == c.TEXT_NODE]).strip()


reader = RecipeReader(EXPORT)
root = reader.doc.documentElement
print repr(root.tagName), repr(root.getAttribute("site")), root.attributes.keys()
print sorted(root.attributes.items())
for rid, name, steps in reader.recipes():
    print repr(rid), repr(name), steps
    print "recipe %s: %d steps" % (rid, len(steps))
print repr(root.getAttribute("missing")), type(root.getAttribute("site")).__name__
step = root.getElementsByTagName("step")[0]
print [repr(c.nodeValue) for c in step.childNodes]
print repr(step.toxml())
print repr(root.getElementsByTagName("step")[1].firstChild.data)

out = xml.dom.minidom.Document()
top = out.createElement("report")
top.setAttribute("count", str(len(reader.recipes())))
out.appendChild(top)
top.appendChild(out.createTextNode("done"))
print repr(out.toxml()), repr(top.getAttribute("count")), top.attributes.keys()
