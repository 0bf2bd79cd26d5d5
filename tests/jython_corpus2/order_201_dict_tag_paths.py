# order: dict tag paths
tags = {}
for i in range(1, 8):
    tags['[default]Line%d/Speed' % i] = i * 10
for k in tags:
    print k, tags[k]
