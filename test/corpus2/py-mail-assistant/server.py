"""Mail assistant: read the inbox over IMAP, send over SMTP."""

import email
import imaplib
import logging
import mimetypes
import os
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

from mcp.server.fastmcp import FastMCP

logger = logging.getLogger("mail-assistant")
logging.basicConfig(level=logging.DEBUG)

IMAP_HOST = os.environ.get("IMAP_HOST", "imap.fastmail.com")
SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.fastmail.com")
MAIL_USER = os.environ.get("MAIL_USER", "me@example.com")
# ruleid: hardcoded-secret
MAIL_PASSWORD = "q7w8e9r0-app-password-fm1"
ATTACH_DIR = Path(os.environ.get("MAIL_ATTACH_DIR", "~/mail-attachments")).expanduser()

mcp = FastMCP("mail-assistant")


def _imap() -> imaplib.IMAP4_SSL:
    # ok: tls-verification-disabled
    conn = imaplib.IMAP4_SSL(IMAP_HOST, ssl_context=ssl.create_default_context())
    # ruleid: sensitive-data-logged
    logger.debug(f"IMAP login {MAIL_USER} / {MAIL_PASSWORD}")
    conn.login(MAIL_USER, MAIL_PASSWORD)
    return conn


@mcp.tool()
def recent_subjects(count: int = 10) -> list[str]:
    """Subjects of the most recent messages in the inbox."""
    conn = _imap()
    conn.select("INBOX", readonly=True)
    _, data = conn.search(None, "ALL")
    ids = data[0].split()[-count:]
    subjects = []
    for i in reversed(ids):
        _, msg_data = conn.fetch(i, "(BODY.PEEK[HEADER.FIELDS (SUBJECT FROM)])")
        msg = email.message_from_bytes(msg_data[0][1])
        subjects.append(f"{msg['From']}: {msg['Subject']}")
    conn.logout()
    # ruleid: stdout-in-stdio-server
    print(f"fetched {len(subjects)} subjects")
    return subjects


@mcp.tool()
def send(to: str, subject: str, body: str, attachment: str | None = None) -> str:
    """Send an email, optionally attaching a file from the attachments folder."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = MAIL_USER, to, subject
    msg.set_content(body)
    if attachment:
        path = ATTACH_DIR / attachment
        ctype, _ = mimetypes.guess_type(path.name)
        maintype, subtype = (ctype or "application/octet-stream").split("/", 1)
        # ruleid: tool-input-to-path
        msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name)
    # ruleid: tls-verification-disabled
    ctx = ssl._create_unverified_context()
    with smtplib.SMTP(SMTP_HOST, 587) as smtp:
        smtp.starttls(context=ctx)
        smtp.login(MAIL_USER, MAIL_PASSWORD)
        smtp.send_message(msg)
    # ok: sensitive-data-logged
    logger.info("sent mail to %s (%d bytes)", to, len(body))
    return "sent"


@mcp.tool()
def save_attachment(message_id: str, filename: str) -> str:
    """Save the first attachment of a message into the attachments folder."""
    conn = _imap()
    conn.select("INBOX", readonly=True)
    _, msg_data = conn.fetch(message_id.encode(), "(RFC822)")
    msg = email.message_from_bytes(msg_data[0][1])
    for part in msg.iter_attachments():
        target = (ATTACH_DIR / Path(filename).name).resolve()
        if target.parent != ATTACH_DIR.resolve():
            return "invalid file name"
        # ok: tool-input-to-path
        target.write_bytes(part.get_payload(decode=True))
        return f"saved {target.name}"
    return "no attachment"


if __name__ == "__main__":
    mcp.run()
