class Pump:
    def __init__(self, name):
        self.name = name
        self.running = False
    def start(self):
        self.running = True
p = Pump("P1")
p.start()
print p.name, p.running
