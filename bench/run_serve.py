"""`python bench/run_serve.py ARGS` = `desk-sms ARGS`, as a script cProfile can run (serve_cpu_bench)."""

import sys

from desk_sms.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
