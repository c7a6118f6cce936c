"""A real small file system for one test: a size-limited tmpfs to fill up, remount read-only or pull away.

Mounting needs root (CI runs as root). Elsewhere these tests skip, and the same behaviour stays
covered by `write_faults.py`, which makes writes fail through an SQLAlchemy hook instead.
"""

from __future__ import annotations

import errno
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

CHUNK = b"\0" * 65536


class SmallDisk:
    def __init__(self, mount_point: Path) -> None:
        self.mount_point = mount_point
        self.filler = mount_point / "filler.bin"

    def fill(self) -> None:
        """Write until the disk says it is full (ENOSPC), as a growing download would."""
        # Unbuffered: a buffered file would try to flush its last partial chunk again on close and
        # raise ENOSPC there (whether it does depends on how much room the database left).
        with self.filler.open("ab", buffering=0) as handle:
            try:
                while True:
                    handle.write(CHUNK)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc

    def free_up(self) -> None:
        self.filler.unlink(missing_ok=True)

    def remount(self, options: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{options}", str(self.mount_point)], check=True)

    def pull_out(self) -> None:
        """Unmount at once, as a USB stick pulled out (open files stay open, the folder is gone)."""
        subprocess.run(["umount", "-l", str(self.mount_point)], check=True)


@contextmanager
def small_disk(mount_point: Path, size_mb: int = 8) -> Iterator[SmallDisk]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (write_faults tests cover this without it)")
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield SmallDisk(mount_point)
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)
