"""Entry script of the bundled windowed program `desk-sms-gui` (the desktop app, no console window)."""

import multiprocessing
import sys

from desk_sms.cli import main_gui

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen Windows program must call this before anything else
    sys.exit(main_gui())
