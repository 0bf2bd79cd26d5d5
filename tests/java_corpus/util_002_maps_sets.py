# java.util.HashMap / HashSet iterate in hashCode bucket order; LinkedHashMap keeps insertion order.
from java.util import HashMap, HashSet, LinkedHashMap, LinkedHashSet, Collections
import java.lang

hm = HashMap()
for k in ["banana", "apple", "cherry", "date", "elderberry", "fig", "grape"]:
    hm.put(k, len(k))
print hm
print hm.keySet(), hm.values(), hm.entrySet()
print hm.toString()
nums = HashMap()
for i in [100, 3, 17, 33, 1, 16]:
    nums[i] = str(i)
print nums, nums.get(3), nums[17], 'x' in nums, 3 in nums, len(nums), list(nums), nums.keys()
big = HashMap()
for i in range(20):
    big.put("key%d" % i, i)
print big.keySet()
ints = HashMap()
for i in [1000, 17, 33, 64, -5, 2 ** 31 - 1, 65536, 48]:
    ints.put(i, 1)
print ints.keySet()
m = HashMap()
m.put("f", 1.5); m.put("n", None); m.put("b", True); m.put("l", [1, 'a']); m.put(3, "three")
print m
print m.toString()
print m.put("f", 2.5), m.remove("f"), m.remove("nope"), m.containsKey(3), m.containsValue("three"), m.size(), m.isEmpty()
print m.get("zz"), m.getOrDefault("zz", 5), m.get("b", 7)
try:
    m["zz"]
except KeyError, e:
    print "KeyError", e
m2 = HashMap(); m2.putAll({"q": 1}); m2.putIfAbsent("q", 2); m2.putIfAbsent("r", 3)
print m2, HashMap({"a": 1}) == {"a": 1}, HashMap({"a": 1}).equals(HashMap({"a": 1})), HashMap({"a": 1}).hashCode()
for k, v in HashMap({"a": 1}).items():
    print k, v
for e in HashMap({"a": 1}).entrySet():
    print e.getKey(), e.getValue(), e.key, e.value, e
m3 = HashMap(); m3["x"] = 1; del m3["x"]; print m3, len(m3), bool(m3)
print HashMap({1: "a"}), HashMap({"k": HashMap({"i": 1})})
lm = LinkedHashMap(); lm.put("z", 1); lm.put("a", 2); lm.put("m", 3); print lm, lm.keySet(), lm.values()
hs = HashSet(["b", "a", "c", 1, 2]); print hs, len(hs)
hs2 = HashSet(); hs2.add("x"); hs2.add(1.5); hs2.add(None); print hs2, hs2.add("x"), 1.5 in hs2, hs2.contains("x")
hs2.remove("x"); print hs2
try:
    hs2.remove("q")
except KeyError, e:
    print "KeyError", e
print HashSet(["banana", "apple", "cherry", "date", "elderberry", "fig", "grape", "kiwi", "lemon", "mango", "nectarine", "orange", "papaya"])
print HashSet([1]).hashCode(), HashSet([3, 1, 2]) == set([1, 2, 3]), sorted(HashSet([3, 1, 2]))
lhs = LinkedHashSet(); lhs.add("z"); lhs.add("a"); print lhs
print Collections.emptyMap(), Collections.emptySet(), Collections.singletonMap("k", "v")
