"""Passwords and the sign-in lockout, without a database: salted scrypt hashes (standard library
`hashlib.scrypt`) compared in constant time, and the rule "five wrong passwords lock for five minutes"."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

# scrypt cost: about 50 ms and 16 MiB per check on a desk PC; a sign-in is rare.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
MAX_WRONG_PASSWORDS = 5
LOCK_MINUTES = 5


def hash_password(password: str) -> str:
    """`scrypt$n$r$p$salt$hash` with a fresh random salt."""
    salt = secrets.token_bytes(SALT_BYTES)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(
        password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
    )
    return hmac.compare_digest(digest.hex(), expected)


def hash_or_none(password: str | None) -> str | None:
    return hash_password(password) if password else None


def minutes_left(until: datetime, now: datetime) -> int:
    return max(1, -(-int((until - now).total_seconds()) // 60))
