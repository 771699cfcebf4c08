"""`python -m desktop`: the same as the `tvaers` command."""

import sys

from desktop.cli import main

sys.exit(main())
