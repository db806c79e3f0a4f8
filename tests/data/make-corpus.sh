#!/usr/bin/env bash
# Regenerates the corpus of files that Debrief must refuse (and one it must accept), so that
# every way a file can be wrong is tested through the GUI and the command line.
# Run it inside the build environment: tools/dev exec tests/data/make-corpus.sh
set -euo pipefail
cd "$(dirname "$0")"
schema=../../resources/schema/001-initial.sql
app_id=$((0x44425246))
rm -f ./*.debrief

# A valid version-1 document, written by hand as an older Debrief would have.
sqlite3 valid-v1.debrief <<SQL
PRAGMA application_id = $app_id;
$(cat "$schema")
PRAGMA user_version = 1;
INSERT INTO incident (id, title, reference, started_at, time_zone, status, created_at)
  VALUES (1, 'Checkout latency', 'INC-1', '2026-10-01T10:00:00.000Z', 'Europe/Berlin', 'draft',
          '2026-10-02T09:00:00.000Z');
INSERT INTO severity_level (id, position, key, name, definition)
  VALUES (1, 0, 'SEV1', 'Critical', 'Everything is down'), (2, 1, 'SEV2', 'Major', 'Much is down');
UPDATE incident SET severity_id = 2;
INSERT INTO participant (id, position, name, role) VALUES (1, 0, 'Ada', 'responder');
INSERT INTO timeline_event (id, position, occurred_at, kind, actor_participant_id, what_happened)
  VALUES (1, 0, '2026-10-01T10:02:00.000Z', 'alert', 1, 'Latency alert fired');
SQL

# Zero bytes.
: > empty.debrief
# Plain text with a .debrief name.
printf 'Post-mortem notes\nThis is just text.\n' > text.debrief
# Random bytes.
head -c 8192 /dev/urandom > random.debrief
# The valid document cut in half.
size=$(stat -c %s valid-v1.debrief)
head -c $((size / 2)) valid-v1.debrief > truncated.debrief
# An SQLite database of another application.
sqlite3 foreign.debrief 'CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ("hello");'
# A document from a future version of Debrief.
cp valid-v1.debrief newer-version.debrief
sqlite3 newer-version.debrief 'PRAGMA user_version = 99;'
# A document whose table pages were overwritten: the header is intact, the content is not.
cp valid-v1.debrief damaged.debrief
page_size=$(sqlite3 damaged.debrief 'PRAGMA page_size;')
printf '%*s' $((page_size * 2)) '' | tr ' ' '\377' |
  dd of=damaged.debrief bs=1 seek=$((page_size * 2)) conv=notrunc status=none
# A Debrief header with no document tables in it.
sqlite3 no-schema.debrief "PRAGMA application_id = $app_id; PRAGMA user_version = 1; CREATE TABLE unrelated(x);"
ls -l ./*.debrief
