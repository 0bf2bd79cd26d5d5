for tag in ["Motor/Speed", "Motor/Amps", "Pump/Speed"]:
    print tag, tag.startswith("Motor"), tag.endswith(("Speed", "Flow"))
print "abc".startswith("bc", 1), "abc".endswith("ab", 0, 2)
