"""The PySide6 desktop application: a thin layer over the core services."""
