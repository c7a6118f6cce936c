"""The single-instance key as Windows uses it: QLocalServer there listens on the named pipe
\\\\.\\pipe\\<key>, whose name must not hold a backslash and stays under 256 characters; on Linux the
key becomes a socket path in the temporary folder, limited to 107 bytes. Data folders with Japanese
names and Windows spellings must still give distinct, well-formed keys."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from ui.single_instance import instance_key

DATA_FOLDERS = [
    "C:\\Users\\受付\\AppData\\Local\\desk-sms",
    "C:\\Users\\受付\\AppData\\Local\\desk-sms-2",
    "\\\\nas\\共有\\desk-sms",
    "/home/uketsuke/.local/share/desk-sms",
]


def test_keys_are_pipe_and_socket_names_and_distinct() -> None:
    keys = [instance_key(Path(folder)) for folder in DATA_FOLDERS]
    assert len(set(keys)) == len(keys)
    for key in keys:
        assert re.fullmatch(r"[a-z0-9-]+", key), key  # no separator, nothing a pipe name refuses
        assert len(f"\\\\.\\pipe\\{key}") < 256
        assert len(str(Path(tempfile.gettempdir()) / key).encode()) < 107
