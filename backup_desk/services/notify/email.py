"""E-mail over SMTP: STARTTLS on 587, implicit TLS on 465, or plain on a trusted local relay. The
password comes from the keyring, never from the catalog."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from backup_desk.messages import Text
from backup_desk.services.app_settings import EmailSettings
from backup_desk.services.notify.message import Delivery, Notice, NotifyError

TIMEOUT_S = 20
PASSWORD_KEY = "notify-smtp-password"


def _tls_context(settings: EmailSettings) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.ca_file:
        context.load_verify_locations(cafile=settings.ca_file)
    return context


def build_message(settings: EmailSettings, notice: Notice) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"] = f"[Backup Desk] {notice.title}"
    msg["From"] = settings.sender or settings.username
    msg["To"] = ", ".join(settings.recipients)
    msg.set_content(notice.body + "\n")
    return msg


def send_email(settings: EmailSettings, password: str | None, notice: Notice) -> Delivery:
    if not settings.host or not settings.recipients:
        raise NotifyError(Text("E-mail is not set up."),
                          Text("Fill in the SMTP server and at least one recipient."))
    msg = build_message(settings, notice)
    try:
        client: smtplib.SMTP
        if settings.security == "tls":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT_S,
                                      context=_tls_context(settings))
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_S)
        with client:
            client.ehlo()
            if settings.security == "starttls":
                client.starttls(context=_tls_context(settings))
                client.ehlo()
            if settings.username:
                client.login(settings.username, password or "")
            client.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        raise NotifyError(Text("The SMTP server refused the login ({0}).", exc.smtp_code),
                          Text("Check the user name and the password stored for it.")) from None
    except ssl.SSLError as exc:
        raise NotifyError(Text("The secure connection to {0} failed ({1}).", settings.host, exc.reason),
                          Text("Check the security mode, the port (STARTTLS: 587, TLS: 465) and the "
                               "certificate.")) from None
    except (TimeoutError, smtplib.SMTPException, OSError) as exc:
        raise NotifyError(Text("Cannot send e-mail through {0}:{1} "
                               "({2}).", settings.host, settings.port, exc),
                          Text("Check the server, port and security mode.")) from None
    return Delivery("email", True, f"sent to {', '.join(settings.recipients)}")
