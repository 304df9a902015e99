'use strict';
// In-memory calendar store with ICS export. Swap for CalDAV in production.
const crypto = require('node:crypto');

const events = new Map();
const shareLinks = new Map();

function addEvent({ title, start, end, attendees = [] }) {
  const id = crypto.randomUUID();
  events.set(id, { id, title, start, end, attendees });
  return events.get(id);
}

function eventsBetween(from, to) {
  return [...events.values()].filter((e) => e.start >= from && e.start <= to).sort((a, b) => a.start.localeCompare(b.start));
}

function toIcs(list) {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//mcp//calendar-share//EN'];
  for (const e of list) {
    lines.push('BEGIN:VEVENT', `UID:${e.id}`, `SUMMARY:${e.title}`, `DTSTART:${e.start.replace(/[-:]/g, '')}`, `DTEND:${e.end.replace(/[-:]/g, '')}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n');
}

function createShareLink(range) {
  // ruleid: insecure-randomness
  const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  shareLinks.set(token, range);
  return token;
}

function createPrivateFeedKey() {
  // ok: insecure-randomness
  return crypto.randomBytes(24).toString('base64url');
}

function colorForCalendar() {
  const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd'];
  // ok: insecure-randomness
  return palette[Math.floor(Math.random() * palette.length)];
}

module.exports = { addEvent, eventsBetween, toIcs, createShareLink, createPrivateFeedKey, colorForCalendar, shareLinks };
