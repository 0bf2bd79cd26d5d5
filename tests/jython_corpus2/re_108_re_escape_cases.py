# re: re escape cases
import re
print re.escape('[default]Tag/Path.1')
print re.escape('a b_c')
