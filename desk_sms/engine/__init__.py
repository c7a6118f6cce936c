"""The engine: dispatcher, modem pool, inbox pump and status reports, in background threads."""
