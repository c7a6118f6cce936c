"""`python -m desk_sms` is the same as the `desk-sms` command."""

from desk_sms.cli import main

raise SystemExit(main())
