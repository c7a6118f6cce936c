"""Start desk-sms from a source checkout: `python main.py` is the same as `desk-sms`."""

from desk_sms.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
