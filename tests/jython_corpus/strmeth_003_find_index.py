s = "alarm:high:temp"
print s.find(":"), s.rfind(":"), s.find("zzz")
print s.index("high")
print s.count(":")
