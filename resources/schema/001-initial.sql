-- Debrief document schema, version 1. Every table is STRICT so that a foreign writer cannot
-- slip a value of the wrong type past the loader. Times are ISO 8601 in UTC.
CREATE TABLE metadata (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE incident (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    started_at TEXT,
    ended_at TEXT,
    time_zone TEXT NOT NULL DEFAULT '',
    severity_id INTEGER,
    summary TEXT NOT NULL DEFAULT '',
    customer_impact TEXT NOT NULL DEFAULT '',
    facilitator_id INTEGER,
    status TEXT NOT NULL DEFAULT '',
    regret TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    remedy TEXT NOT NULL DEFAULT '',
    ground_rules_read_at TEXT,
    bias_permission_at TEXT,
    archived_at TEXT,
    created_at TEXT
) STRICT;

CREATE TABLE severity_level (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    key TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    definition TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE step_note (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    step TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    facilitator_notes TEXT NOT NULL DEFAULT '',
    timebox_minutes INTEGER
) STRICT;

CREATE TABLE bias_callout (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    called_at TEXT,
    bias TEXT NOT NULL DEFAULT '',
    step TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE timeline_event (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    occurred_at TEXT,
    occurred_until TEXT,
    precision TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    actor_participant_id INTEGER,
    actor_name TEXT NOT NULL DEFAULT '',
    what_happened TEXT NOT NULL DEFAULT '',
    known_then TEXT NOT NULL DEFAULT '',
    why_it_made_sense TEXT NOT NULL DEFAULT '',
    hindsight_only TEXT NOT NULL DEFAULT '',
    milestone TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    source_detail TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE event_view (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    event_id INTEGER,
    participant_id INTEGER,
    attributed_to TEXT NOT NULL DEFAULT '',
    view TEXT NOT NULL DEFAULT '',
    is_dissent INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL DEFAULT '',
    syntax_definition TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '',
    added_at TEXT
) STRICT;

CREATE TABLE event_evidence (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    event_id INTEGER,
    evidence_id INTEGER
) STRICT;

CREATE TABLE question (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    checklist TEXT NOT NULL DEFAULT '',
    builtin_key TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    template TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE parking_lot_item (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    question_id INTEGER,
    created_at TEXT,
    promoted_to_id INTEGER
) STRICT;

CREATE TABLE contributing_factor (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE factor_event (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    factor_id INTEGER,
    event_id INTEGER
) STRICT;

CREATE TABLE remediation_item (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    specific_change TEXT NOT NULL DEFAULT '',
    success_measure TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    owner_agreed INTEGER NOT NULL DEFAULT 0,
    effort TEXT NOT NULL DEFAULT '',
    due_date TEXT,
    priority TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    tracker_url TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE declined_item (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX timeline_event_time ON timeline_event (occurred_at);
CREATE INDEX event_view_event ON event_view (event_id);
