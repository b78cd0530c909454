"""Telling someone when a backup failed, is overdue, or (optionally) succeeded: desktop, e-mail, webhook.

`dispatch` decides what to send after runs and sends it on every enabled channel; each channel module
sends one `Notice` and raises NotifyError with a plain reason when it cannot.
"""
