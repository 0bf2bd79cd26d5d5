nums = [5, 2, 9, 1]
print sorted(nums, reverse=True)
nums.sort(reverse=True)
print nums
print list(reversed(nums))
