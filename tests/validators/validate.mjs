// Runs third-party validators over rendered outputs, as the software of our readers would read them.
// Usage: node validate.mjs OUTPUT_DIR   (OUTPUT_DIR holds html/, atom/, ics/ and openapi/; see docs/development.md)
// Prints one line per finding and exits 1 if there is any; prints what it checked and exits 0 otherwise.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out || !existsSync(out)) {
  console.error('usage: node validate.mjs OUTPUT_DIR');
  process.exit(2);
}

const findings = [];
const checked = [];
const files = (sub, ext) => (existsSync(join(out, sub)) ? readdirSync(join(out, sub)).filter((f) => f.endsWith(ext)).map((f) => join(out, sub, f)) : []);

function run(command, args) {
  const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  if (result.error) return { code: 127, output: `${command}: ${result.error.message}` };
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

// Debian's jing wrapper warns about optional jars it does not need; that is not a finding about our files.
// vnu's plain "info:" lines are notes (e.g. on trailing slashes of void elements), not errors or warnings.
const noise = (line) => !line.trim() || /^\[warning\] \/usr\/bin\/jing: Unable to locate/.test(line) || /:\s*info:\s/.test(line);

function require(what, list) {
  if (list.length === 0) findings.push(`${what}: nothing to check in ${out} (the writer test did not run?)`);
  return list;
}

// HTML pages and mail bodies: the Nu Html Checker (vnu), warnings included.
const html = require('html', files('html', '.html'));
if (html.length > 0) {
  const vnu = join(here, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  const result = run('java', ['-Xss4m', '-jar', vnu, '--format', 'gnu', '--also-check-css', '--exit-zero-always', ...html]);
  for (const line of result.output.split('\n').filter((l) => !noise(l))) findings.push(`html (vnu): ${line}`);
  if (result.code !== 0 && !result.output.trim()) findings.push(`html (vnu): exited ${result.code}`);
  checked.push(`${html.length} HTML documents with vnu`);
}

// Atom feeds: RELAX NG schema of RFC 4287 with jing.
const feeds = require('atom', files('atom', '.atom'));
if (feeds.length > 0) {
  const result = run('jing', ['-c', join(here, 'atom.rnc'), ...feeds]);
  if (result.code !== 0) for (const line of result.output.split('\n').filter((l) => !noise(l))) findings.push(`atom (jing): ${line}`);
  checked.push(`${feeds.length} Atom feeds against RFC 4287 with jing`);
}

// iCalendar: a second parser (ical.js), and text values that some clients would show with their escapes.
const calendars = require('ics', files('ics', '.ics'));
for (const file of calendars) {
  try {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    for (const name of ['prodid', 'version']) if (!calendar.getFirstPropertyValue(name)) findings.push(`ics (ical.js): ${file}: no ${name.toUpperCase()}`);
    for (const property of calendar.getAllProperties()) {
      if (property.type === 'unknown' && /\\[,;nN\\]/.test(String(property.getFirstValue()))) findings.push(`ics (ical.js): ${file}: ${property.name} shows escapes to clients that keep X- values raw`);
    }

    const events = calendar.getAllSubcomponents('vevent');
    for (const vevent of events) {
      const event = new ICAL.Event(vevent);
      if (!event.uid || !vevent.getFirstPropertyValue('dtstamp') || !event.startDate || !event.summary) findings.push(`ics (ical.js): ${file}: event ${event.uid ?? '?'} lacks UID, DTSTAMP, DTSTART or SUMMARY`);
      if (event.endDate && event.endDate.compare(event.startDate) <= 0) findings.push(`ics (ical.js): ${file}: event ${event.uid} ends before it starts`);
    }

    checked.push(`${file.split('/').pop()} with ical.js (${events.length} events)`);
  } catch (error) {
    findings.push(`ics (ical.js): ${file}: ${error.message}`);
  }
}

// OpenAPI: Redocly's linter with its recommended rules (redocly.yaml beside this script).
const documents = require('openapi', files('openapi', '.json'));
for (const file of documents) {
  const result = run(join(here, 'node_modules', '.bin', 'redocly'), ['lint', file, '--config', join(here, 'redocly.yaml'), '--format', 'codeframe']);
  // Redocly exits 0 on warnings; every warning counts here.
  const clean = /Woohoo! Your API description is valid/.test(result.output) && !/You have \d+ warnings?/.test(result.output);
  if (result.code !== 0 || !clean) findings.push(`openapi (redocly): ${file}:\n${result.output.replace(/\s*╔[\s\S]*╝\s*/, '\n')}`);
  checked.push(`${file.split('/').pop()} with redocly lint`);
}

for (const finding of findings) console.log(finding);
console.log(`validators: ${checked.join('; ')}`);
console.log(`validators: ${findings.length} finding(s)`);
process.exit(findings.length === 0 ? 0 : 1);
