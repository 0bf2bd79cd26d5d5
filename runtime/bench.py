"""``python -m runtime.bench``: every performance figure as a ratio (``runtime.tools.bench``)."""
import sys

from runtime.tools.bench import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
