"""`python -m eventwire ...`: the same command line as the `eventwire` script, for environments where the
script is not on PATH."""
from .cli import main

if __name__ == "__main__":
    main()
