path = "[default]Area1/Line2/Motor3"
provider, rest = path[1:].split("]")
print provider
print rest.split("/")
print "/".join(reversed(rest.split("/")))
