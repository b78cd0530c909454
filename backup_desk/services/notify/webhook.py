"""HTTP webhook: a JSON POST of the notice (a healthchecks-style ping URL accepts it too)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from backup_desk.messages import Text
from backup_desk.services.notify.message import Delivery, Notice, NotifyError

TIMEOUT_S = 15


def send_webhook(url: str, notice: Notice) -> Delivery:
    if not url.startswith(("http://", "https://")):
        raise NotifyError(Text("The webhook address must start with http:// or https://."),
                          Text("Correct the address."))
    body = json.dumps(notice.as_json(), ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json; charset=utf-8", "User-Agent": "backup-desk"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        raise NotifyError(Text("The webhook answered HTTP {0}.", exc.code),
                          Text("Check the address.")) from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise NotifyError(Text("Cannot reach the webhook ({0}).", reason),
                          Text("Check the address and the network.")) from None
    return Delivery("webhook", True, f"HTTP {status}")
