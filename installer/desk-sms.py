"""Entry script of the bundled console program `desk-sms` (every CLI command)."""

import multiprocessing
import sys

from desk_sms.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows program must call this before anything else
    sys.exit(main())
