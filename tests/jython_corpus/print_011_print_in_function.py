def show(label, value):
    print label + ":", value

show("temp", 21.5)
show("count", 7)
show("name", "pump")
