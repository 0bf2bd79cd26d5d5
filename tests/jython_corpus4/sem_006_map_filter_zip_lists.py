nums = [1, 2, 3, 4]
print map(lambda x: x * 2, nums)
print filter(lambda x: x % 2, nums)
print zip(nums, 'abcd'), zip([1, 2], [3])
print map(None, [1, 2], [3, 4])
print reduce(lambda a, b: a + b, nums)
print filter(None, [0, 1, '', 'a'])
