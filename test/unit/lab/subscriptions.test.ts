/**
 * Subscriptions: their file format, custom rules on a hand-checked fixture, the "since your last
 * visit" digest, the calendar reminder, and the Node runner (`npm run alerts`) on the sandbox files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calendarReminder } from '../../../src/lab/calendar';
import type { AlertOutcome } from '../../../src/lab/alerts';
import {
  digestSince,
  judgeCustom,
  parseSubscriptionsFile,
  subscriptionsFile,
  type CustomRule,
  type Subscription,
} from '../../../src/lab/subscriptions';
import { main, runAlerts } from '../../../scripts/lib/alerts-cli';

const rule = (over: Partial<CustomRule> = {}): CustomRule => ({
  id: 'c1',
  panel: 'growth.trend',
  column: 'gmv',
  comparator: '<',
  threshold: 100,
  window: 2,
  ...over,
});

/** Two brands, three days, out of order: brand 1's last two days are 90 and 120 (mean 105). */
const DATA = {
  columns: [
    { name: 'dt', kind: 'temporal' as const },
    { name: 'brand_id', kind: 'numeric' as const },
    { name: 'gmv', kind: 'numeric' as const },
  ],
  rows: [
    { dt: new Date('2026-01-03'), brand_id: 1, gmv: 120 },
    { dt: new Date('2026-01-01'), brand_id: 1, gmv: 50 },
    { dt: new Date('2026-01-02'), brand_id: 1, gmv: 90 },
    { dt: new Date('2026-01-03'), brand_id: 2, gmv: 1 },
  ],
};

describe('custom rules', () => {
  it('average the subscribed brand’s last rows, newest last, and compare', () => {
    expect(judgeCustom(rule(), 1, DATA)).toEqual({
      fired: false,
      value: 105,
      threshold: 100,
      detail: null,
    });
    expect(judgeCustom(rule({ comparator: '>' }), 1, DATA).fired).toBe(true);
    expect(judgeCustom(rule({ window: 1 }), 1, DATA).value).toBe(120);
    expect(judgeCustom(rule({ window: 3 }), 1, DATA).value).toBeCloseTo(260 / 3, 10);
    expect(judgeCustom(rule({ window: 1 }), 2, DATA)).toMatchObject({ value: 1, fired: true });
    expect(judgeCustom(rule({ column: 'missing' }), 1, DATA)).toMatchObject({
      fired: false,
      value: null,
    });
  });
});

const SUB: Subscription = {
  id: 's1',
  toolkit: 'growth',
  inputs: { brand: 9 },
  rules: ['gmv-wow'],
  // The eroding brand's 7-day mean GMV is near 1 千, the rising brand's near 1 万.
  custom: [rule({ threshold: 5000, window: 7 })],
  created: '2026-12-01T00:00:00.000Z',
};

describe('subscriptions file', () => {
  it('round-trips and drops what it does not know', () => {
    const text = subscriptionsFile([SUB]);
    expect(parseSubscriptionsFile(text)).toEqual({ subscriptions: [SUB], dropped: 0 });
    const hostile = JSON.stringify({
      format: 'ecology-lab.subscriptions',
      version: 1,
      subscriptions: [
        SUB,
        { ...SUB, id: 'x', toolkit: 'nope' },
        { ...SUB, id: '../../etc' },
        { ...SUB, id: 's2', rules: ['gmv-wow', 'made-up'], custom: [{ id: 'c', panel: 'x' }] },
      ],
    });
    const parsed = parseSubscriptionsFile(hostile);
    expect(parsed.dropped).toBe(2);
    expect(parsed.subscriptions[1]).toMatchObject({ id: 's2', rules: ['gmv-wow'], custom: [] });
    expect(() => parseSubscriptionsFile('{')).toThrow('not-json');
    expect(() => parseSubscriptionsFile('{"format":"other"}')).toThrow('not-subscriptions');
  });
});

const outcome = (id: string, fired: boolean, value: number): AlertOutcome =>
  ({ check: { id }, fired, value, threshold: 0, detail: null }) as unknown as AlertOutcome;

describe('digest since the last visit', () => {
  it('separates newly fired, still fired, cleared and moved values', () => {
    const digest = digestSince(
      { a: { fired: false, value: 1 }, b: { fired: true, value: 2 }, c: { fired: true, value: 3 } },
      [
        outcome('a', true, 5),
        outcome('b', true, 2),
        outcome('c', false, 4),
        outcome('d', false, 1),
      ],
    );
    expect(digest.newlyFired.map((o) => o.check.id)).toEqual(['a']);
    expect(digest.stillFired.map((o) => o.check.id)).toEqual(['b']);
    expect(digest.cleared).toEqual(['c']);
    expect(digest.changed).toEqual([]);
    const moved = digestSince({ a: { fired: false, value: 1 } }, [outcome('a', false, 2)]);
    expect(moved.changed).toEqual([{ id: 'a', from: 1, to: 2 }]);
  });
});

describe('calendar reminder', () => {
  it('is an RFC 5545 event that repeats and carries the lab link', () => {
    const link = `https://lab.example/#lab=${'x'.repeat(200)}`;
    const ics = calendarReminder({
      title: '查看订阅：暖集',
      description: '打开生态实验室查看提醒；逗号, 分号; 都要转义',
      link,
      start: new Date('2026-12-07T01:00:00Z'),
      cadence: 'weekly',
      now: new Date('2026-12-03T00:00:00Z'),
      uid: 'u1@ecology-lab',
    });
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('RRULE:FREQ=WEEKLY');
    expect(lines).toContain('DTSTART:20261207T010000Z');
    expect(ics.replace(/\r\n /g, '')).toContain('逗号\\, 分号\\; 都要转义');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfolded, the URL is whole.
    expect(ics.replace(/\r\n /g, '')).toContain(`URL:${link}`);
  });
});

describe('npm run alerts', () => {
  it('fires, on the sandbox files, the eroding brand’s alerts and not the rising brand’s', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alerts-'));
    const file = path.join(dir, 'subscriptions.json');
    const rising = { ...SUB, id: 's9', inputs: { brand: 5 } };
    fs.writeFileSync(file, subscriptionsFile([SUB, rising]));
    const { outcomes, skipped } = await runAlerts(file, 'public/data');
    expect(skipped).toEqual([]);
    const fired = outcomes.filter((o) => 'fired' in o && o.fired).map((o) => o.check.id);
    expect(fired).toEqual(['sub-s1:gmv-wow', 'sub-s1:c1']);
    expect(outcomes.filter((o) => 'failed' in o)).toEqual([]);
    const printed: string[] = [];
    expect(await main([file, 'public/data'], (line) => printed.push(line))).toBe(0);
    expect(printed[0]).toBe('共检查 4 项，触发 2 项，失败 0 项');
    expect(printed[1]).toMatch(/^⚠ 暖集：GMV 同比/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
