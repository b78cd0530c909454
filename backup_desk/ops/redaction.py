"""Removing secrets from text before it reaches a log, an error message, an audit row or JSON output.

Two kinds of secret are caught: the password part of any URL (`scheme://user:secret@host`) and
key=value pairs whose key says "password"/"passphrase"/"secret"/"token"; plus every value the services
registered as a known secret at run time (the source passwords and passphrases they resolved).
"""

from __future__ import annotations

import re
import threading

MASK = "***"
_MIN_SECRET_LEN = 3  # shorter values would mask ordinary words

# scheme://user:password@host  ->  scheme://user:***@host   (the password may contain anything but @ / space)
# The password ends at the last "@" of the authority (an unencoded "@" inside it is tolerated).
_URL_PASSWORD = re.compile(
    r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/@\s]*:)(?P<pw>\S+?)(?P<at>@)(?=[^@\s/?#]*(?:[/?#\s]|$))"
)
# password=...  (query strings, key=value logs) and "passphrase": "..." (JSON); a plain "passphrase: x"
# in prose is left alone so messages stay readable.
_SECRET_WORD = r"(?i:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key)"
_KEY_VALUE = re.compile(rf"(?P<key>\b{_SECRET_WORD}\s*=\s*)(?P<value>\"[^\"]*\"|'[^']*'|[^\s&\"',;}}]+)")
_JSON_PAIR = re.compile(rf"(?P<key>\"\w*{_SECRET_WORD}\w*\"\s*:\s*)(?P<value>\"(?:[^\"\\]|\\.)*\")")

_lock = threading.Lock()
_known: set[str] = set()


def register_secret(value: str | None) -> None:
    """Remember a secret so `redact` masks it wherever it appears (call when a secret is resolved)."""
    if value and len(value) >= _MIN_SECRET_LEN:
        with _lock:
            _known.add(value)


def forget_secrets() -> None:
    """Tests only: start again with no known secret."""
    with _lock:
        _known.clear()


def redact(text: str) -> str:
    """`text` with URL passwords, password-like key=value pairs and every known secret masked."""
    if not text:
        return text
    out = _URL_PASSWORD.sub(lambda m: f"{m['head']}{MASK}{m['at']}", text)
    out = _KEY_VALUE.sub(_mask_value, out)
    out = _JSON_PAIR.sub(_mask_value, out)
    with _lock:
        known = sorted(_known, key=len, reverse=True)  # longest first: a secret containing another
    for secret in known:
        if secret in out:
            out = out.replace(secret, MASK)
    return out


def _mask_value(m: re.Match[str]) -> str:
    value = m["value"]
    quote = value[0] if value[:1] in ("'", '"') else ""
    return f"{m['key']}{quote}{MASK}{quote}"


SECRET_KEYS = ("password", "passphrase", "secret", "token", "canary", "api_key", "apikey", "pwd")


def is_secret_key(key: str) -> bool:
    lowered = key.lower()
    return any(word in lowered for word in SECRET_KEYS)


def redact_value(value: object) -> object:
    """A JSON-like value with secret keys dropped and every string redacted (for audit before/after)."""
    if isinstance(value, dict):
        return {str(k): redact_value(v) for k, v in value.items() if not is_secret_key(str(k))}
    if isinstance(value, list | tuple):
        return [redact_value(v) for v in value]
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, bytes):
        return None  # binary values in a configuration are sealed tokens: never copy them out
    return value
