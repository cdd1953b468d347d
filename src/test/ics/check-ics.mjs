#!/usr/bin/env node
// Checks iCalendar files with an independent parser (ical.js, not ical4j that wrote them).
//
//   node src/test/ics/check-ics.mjs --expect expect.json invitation.ics cancellation.ics
//
// The expectations file names each calendar by the base name of its file:
//
//   {
//     "tzid": "Asia/Jakarta",
//     "calendars": {
//       "invitation.ics": {
//         "method": "REQUEST",
//         "events": [
//           { "uid": "ASIEK-2026-0001-1@pustaka-asiek", "sequence": 1, "status": "CONFIRMED",
//             "summary": "Pustaka ASIEK: Pembukaan",
//             "start": "2026-12-21T01:00:00Z", "end": "2026-12-21T02:00:00Z" }
//         ]
//       }
//     }
//   }
//
// "tzid" may also be given per calendar or per event. For every VEVENT it checks UID, SEQUENCE, STATUS, SUMMARY,
// the calendar's METHOD, and that DTSTART/DTEND carry TZID=<tzid>, resolve to the zone built from the file's own
// VTIMEZONE (ical.js ships no zone data, so a missing or wrong VTIMEZONE shows) and, converted to UTC, equal the
// expected instants. Exit 0 with "N passed, 0 failed" when every check holds, 1 when a check fails, 2 on bad usage.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import ICAL from 'ical.js';

function usage(message) {
  console.error(`check-ics: ${message}`);
  console.error('usage: node check-ics.mjs --expect EXPECTATIONS.json FILE.ics [FILE.ics ...]');
  process.exit(2);
}

const args = process.argv.slice(2);
let expectPath = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--expect') {
    expectPath = args[++i];
    if (!expectPath) usage('--expect needs a file');
  } else if (args[i].startsWith('--expect=')) {
    expectPath = args[i].slice('--expect='.length);
  } else if (args[i].startsWith('--')) {
    usage(`unknown option ${args[i]}`);
  } else {
    files.push(args[i]);
  }
}
if (!expectPath) usage('missing --expect FILE');
if (files.length === 0) usage('no .ics file given');

let expectations;
try {
  expectations = JSON.parse(readFileSync(expectPath, 'utf8'));
} catch (e) {
  usage(`cannot read expectations ${expectPath}: ${e.message}`);
}
if (!expectations || typeof expectations.calendars !== 'object') {
  usage(`${expectPath} has no "calendars" object`);
}

let passed = 0;
let failed = 0;

function check(label, ok, detail) {
  if (ok) {
    passed++;
  } else {
    failed++;
    console.log(`FAIL ${label}: ${detail}`);
  }
  return ok;
}

function same(label, actual, expected) {
  return check(label, actual === expected, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function instant(value) {
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/(Z|[+-]\d\d:\d\d)$/.test(value)) {
    throw new Error(`expected instant ${JSON.stringify(value)} is not an ISO-8601 instant with Z or an offset`);
  }
  return ms;
}

function iso(ms) {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

// DTSTART / DTEND: TZID parameter, zone from the file's VTIMEZONE, UTC instant.
function checkTime(label, vevent, name, expectedValue, tzid) {
  const prop = vevent.getFirstProperty(name);
  if (!check(`${label} ${name.toUpperCase()}`, prop !== null, 'missing')) return;
  if (expectedValue === undefined) {
    check(`${label} ${name.toUpperCase()}`, false, 'no expected instant in the expectations file');
    return;
  }
  const time = prop.getFirstValue();
  same(`${label} ${name.toUpperCase()} TZID parameter`, prop.getParameter('tzid'), tzid);
  const zone = time.zone;
  check(`${label} ${name.toUpperCase()} zone`,
      zone && zone.tzid === tzid && zone !== ICAL.Timezone.localTimezone && zone.component,
      `expected a zone ${tzid} built from the file's VTIMEZONE, got ${zone ? zone.tzid || '(floating)' : 'none'}`);
  const actualMs = time.toUnixTime() * 1000;
  const expectedMs = instant(expectedValue);
  check(`${label} ${name.toUpperCase()} instant`, actualMs === expectedMs,
      `expected ${iso(expectedMs)}, got ${iso(actualMs)} (${time.toString()} ${zone ? zone.tzid : ''})`);
}

const seenCalendars = new Set();

for (const file of files) {
  const key = basename(file);
  const label = key;
  const expected = expectations.calendars[key];
  seenCalendars.add(key);
  if (!check(label, expected !== undefined, `no expectations for "${key}" in ${expectPath}`)) continue;

  let calendar;
  try {
    calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    check(label, false, `does not parse: ${e.message}`);
    continue;
  }
  if (!same(`${label} component`, calendar.name, 'vcalendar')) continue;

  same(`${label} VERSION`, calendar.getFirstPropertyValue('version'), '2.0');
  same(`${label} METHOD`, calendar.getFirstPropertyValue('method'), expected.method);

  // Only the zones of this file count: forget those of the files before it, then register this file's VTIMEZONEs.
  ICAL.TimezoneService.reset();
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(vtimezone);
  }
  const calendarTzid = expected.tzid ?? expectations.tzid;
  if (calendarTzid) {
    check(`${label} VTIMEZONE`, ICAL.TimezoneService.has(calendarTzid), `no VTIMEZONE with TZID ${calendarTzid}`);
  }

  const vevents = calendar.getAllSubcomponents('vevent');
  const expectedEvents = expected.events ?? [];
  same(`${label} number of VEVENTs`, vevents.length, expectedEvents.length);

  const byUid = new Map();
  for (const vevent of vevents) {
    const uid = vevent.getFirstPropertyValue('uid');
    check(`${label} UID`, uid !== null && uid !== '', 'a VEVENT has no UID');
    check(`${label} UID ${uid}`, !byUid.has(uid), 'appears more than once');
    byUid.set(uid, vevent);
  }
  const expectedUids = new Set(expectedEvents.map((e) => e.uid));
  for (const uid of byUid.keys()) {
    check(`${label} UID ${uid}`, expectedUids.has(uid), 'VEVENT not in the expectations');
  }

  for (const want of expectedEvents) {
    const eventLabel = `${label} ${want.uid}`;
    const vevent = byUid.get(want.uid);
    if (!check(`${eventLabel} UID`, vevent !== undefined, 'no VEVENT with this UID')) continue;
    const tzid = want.tzid ?? calendarTzid;
    same(`${eventLabel} SEQUENCE`, vevent.getFirstPropertyValue('sequence'), want.sequence);
    same(`${eventLabel} STATUS`, vevent.getFirstPropertyValue('status'), want.status);
    same(`${eventLabel} SUMMARY`, vevent.getFirstPropertyValue('summary'), want.summary);
    try {
      checkTime(eventLabel, vevent, 'dtstart', want.start, tzid);
      checkTime(eventLabel, vevent, 'dtend', want.end, tzid);
    } catch (e) {
      check(eventLabel, false, e.message);
    }
  }
  console.log(`checked ${file}: METHOD ${calendar.getFirstPropertyValue('method')}, ${vevents.length} VEVENT(s)`);
}

for (const key of Object.keys(expectations.calendars)) {
  check(key, seenCalendars.has(key), `expected in ${expectPath} but not given on the command line`);
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
