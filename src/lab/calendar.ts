/**
 * A calendar reminder (`.ics`, RFC 5545) to open the lab on a schedule: the lab cannot check
 * subscriptions in the background, so the reminder brings the user to it, link in hand.
 * Pure: the caller passes the time and the link.
 */

export type Cadence = 'weekly' | 'monthly';

/** Text as an iCalendar value: backslash, semicolon, comma and newline escaped. */
function text(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Lines folded at 75 octets (continuations start with a space), as RFC 5545 requires. */
function fold(line: string): string {
  const bytes = new TextEncoder();
  const out: string[] = [];
  let current = '';
  for (const char of line) {
    if (bytes.encode(current + char).length > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
    }
    current += char;
  }
  out.push(current);
  return out.join('\r\n ');
}

const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export function calendarReminder(options: {
  title: string;
  description: string;
  link: string;
  /** The first reminder. */
  start: Date;
  cadence: Cadence;
  /** Now (DTSTAMP) and a unique id for the event. */
  now: Date;
  uid: string;
}): string {
  const end = new Date(options.start.getTime() + 30 * 60_000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ecology Lab//Subscriptions//ZH',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${options.uid}`,
    `DTSTAMP:${stamp(options.now)}`,
    `DTSTART:${stamp(options.start)}`,
    `DTEND:${stamp(end)}`,
    `RRULE:FREQ=${options.cadence === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`,
    `SUMMARY:${text(options.title)}`,
    `DESCRIPTION:${text(`${options.description}\n${options.link}`)}`,
    `URL:${options.link}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(options.title)}`,
    'TRIGGER:-PT10M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
