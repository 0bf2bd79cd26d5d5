from java.util import UUID
u = UUID.fromString('123e4567-e89b-12d3-a456-426614174000')
print u, u.version()
print len(str(UUID.randomUUID()))
