"""desk-sms core: database, services, engine and command line. No PySide6 below `ui/`."""

__version__ = "0.1.0"
