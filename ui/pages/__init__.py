"""Pages of the main window. Each page is a QWidget built from `PageDeps` (see ui.main_window)."""
