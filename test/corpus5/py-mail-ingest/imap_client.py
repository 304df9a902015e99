"""IMAP access for the support mailbox ingestion."""
import email
import imaplib
import logging
import os
import ssl
from email.header import decode_header, make_header

log = logging.getLogger("mail-ingest.imap")

IMAP_HOST = os.environ.get("IMAP_HOST", "imap.support.example.com")
LEGACY_HOST = os.environ.get("LEGACY_IMAP_HOST", "mail-old.support.example.com")


def _connect(user: str, password: str) -> imaplib.IMAP4_SSL:
    # ok: tls-verification-disabled
    ctx = ssl.create_default_context()
    conn = imaplib.IMAP4_SSL(IMAP_HOST, 993, ssl_context=ctx)
    conn.login(user, password)
    return conn


def _connect_legacy(user: str, password: str) -> imaplib.IMAP4_SSL:
    # The old Exchange box has an expired certificate; it is decommissioned next quarter.
    # ruleid: tls-verification-disabled
    ctx = ssl._create_unverified_context()
    conn = imaplib.IMAP4_SSL(LEGACY_HOST, 993, ssl_context=ctx)
    conn.login(user, password)
    return conn


def unread_subjects(user: str, password: str, legacy: bool = False, limit: int = 25) -> list[str]:
    # ruleid: sensitive-data-logged
    log.info("IMAP login user=%s password=%s legacy=%s", user, password, legacy)
    conn = _connect_legacy(user, password) if legacy else _connect(user, password)
    try:
        conn.select("INBOX", readonly=True)
        _, data = conn.search(None, "UNSEEN")
        ids = data[0].split()[-limit:]
        subjects = []
        for mid in ids:
            _, msg_data = conn.fetch(mid, "(BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)])")
            msg = email.message_from_bytes(msg_data[0][1])
            subjects.append(f"{make_header(decode_header(msg.get('From', '')))}: {make_header(decode_header(msg.get('Subject', '')))}")
        return subjects
    finally:
        conn.logout()
