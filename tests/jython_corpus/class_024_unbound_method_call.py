class Greeter:
    def greet(self, who):
        return "hello " + who
g = Greeter()
print Greeter.greet(g, "bob")
m = g.greet
print m("amy")
