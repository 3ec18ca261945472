// Loads newsext into Node through better-sqlite3, as the README shows, and
// checks a few answers end to end.   node host.js ./newsext.so
'use strict';
const assert = require('assert');
const Database = require('better-sqlite3');

const db = new Database(':memory:');
db.loadExtension(process.argv[2]);

const version = db.prepare('SELECT newsext_version() AS v').get().v;
assert.strictEqual(version.split('.').length, 3, version);

const files = db.prepare("SELECT count(*) AS n FROM news_files('tests/corpus')").get().n;
assert.strictEqual(files, 8);

const text = 'President Emmanuel Macron met Olaf Scholz in Paris on Tuesday. Macron said the talks went well.';
const persons = JSON.parse(db.prepare('SELECT extract_persons(?) AS p').get(text).p);
assert.deepStrictEqual(persons, ['Emmanuel Macron', 'Olaf Scholz']);

const rows = db.prepare('SELECT mention, start, length, value FROM date_mentions(?, ?)').all(text, '2025-04-24');
assert.deepStrictEqual(rows, [{ mention: 'Tuesday', start: 55, length: 7, value: '2025-04-22' }]);
// positions are 1-based characters (this text is ASCII, where they equal
// JavaScript's UTF-16 indexes plus one)
assert.strictEqual(text.substr(rows[0].start - 1, rows[0].length), rows[0].mention);

// SQL errors reach JavaScript as exceptions, naming the function.
assert.throws(() => db.prepare("SELECT event_date('x', 'tomorrow')").get(),
              /event_date: ref must be an ISO date/);
console.log('ok', version);
