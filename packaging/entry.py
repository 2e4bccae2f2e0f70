"""Entry point of the frozen app: the same main() as the `annotator` console script."""

import sys

from annotator.cli import main

sys.exit(main())
