// SMTP and IMAP connections for the e-mail assistant.
import nodemailer from "nodemailer";
import { ImapFlow } from "imapflow";
import { readFileSync } from "node:fs";

export interface MailSettings {
  user: string;
  password: string;
  smtpHost: string;
  imapHost: string;
}

export function settingsFromEnv(): MailSettings {
  return {
    user: process.env.MAIL_USER ?? "",
    // ok: hardcoded-secret
    password: process.env.MAIL_PASSWORD ?? "",
    smtpHost: process.env.SMTP_HOST ?? "smtp.fastmail.com",
    imapHost: process.env.IMAP_HOST ?? "imap.fastmail.com",
  };
}

export function smtpTransport(s: MailSettings) {
  const options = {
    host: s.smtpHost,
    port: 465,
    secure: true,
    auth: { user: s.user, pass: s.password },
    // ok: tls-verification-disabled
    tls: { ca: process.env.SMTP_CA_FILE ? readFileSync(process.env.SMTP_CA_FILE) : undefined, minVersion: "TLSv1.2" as const },
  };
  // ruleid: sensitive-data-logged
  console.error("creating SMTP transport", JSON.stringify(options.auth));
  return nodemailer.createTransport(options);
}

export function imapClient(s: MailSettings) {
  return new ImapFlow({
    host: s.imapHost,
    port: 993,
    secure: true,
    auth: { user: s.user, pass: s.password },
    // ruleid: tls-verification-disabled
    tls: { rejectUnauthorized: false },
    logger: false,
  });
}
