-- The event file as schema 1 wrote it: before seats, companions, the door
-- question, retention and the PIN. Kept verbatim so the migration stays tested.
CREATE TABLE meta (key VARCHAR(64) NOT NULL, value TEXT NOT NULL, PRIMARY KEY (key));
CREATE TABLE event (
    id INTEGER NOT NULL, name TEXT NOT NULL, date TEXT, capacity INTEGER NOT NULL,
    tag TEXT NOT NULL, inside INTEGER DEFAULT '0' NOT NULL, counter INTEGER DEFAULT '0' NOT NULL,
    peak INTEGER DEFAULT '0' NOT NULL, peak_at TEXT,
    timezone TEXT DEFAULT 'Europe/Amsterdam' NOT NULL, settings TEXT DEFAULT '{}' NOT NULL,
    created_at TEXT NOT NULL, PRIMARY KEY (id),
    CONSTRAINT inside_not_negative CHECK (inside >= 0));
CREATE TABLE guest (
    id INTEGER NOT NULL, first_name TEXT DEFAULT '' NOT NULL, middle TEXT DEFAULT '' NOT NULL,
    last_name TEXT DEFAULT '' NOT NULL, name TEXT NOT NULL,
    organisation TEXT DEFAULT '' NOT NULL, email TEXT DEFAULT '' NOT NULL, code TEXT NOT NULL,
    cancelled BOOLEAN DEFAULT 0 NOT NULL, presence VARCHAR(16) DEFAULT 'not_arrived' NOT NULL,
    walk_in BOOLEAN DEFAULT 0 NOT NULL, ticket_type TEXT DEFAULT '' NOT NULL,
    notes TEXT DEFAULT '' NOT NULL, extra TEXT DEFAULT '{}' NOT NULL, first_arrival TEXT,
    last_departure TEXT, inside_since TEXT, entries INTEGER DEFAULT '0' NOT NULL,
    sort_key TEXT DEFAULT '' NOT NULL, search_key TEXT DEFAULT '' NOT NULL,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (id), UNIQUE (code));
CREATE TABLE scan (
    id INTEGER NOT NULL, at TEXT NOT NULL, door TEXT DEFAULT '' NOT NULL,
    raw TEXT DEFAULT '' NOT NULL, guest_id INTEGER, action VARCHAR(16) NOT NULL,
    verdict VARCHAR(16) NOT NULL, inside_after INTEGER NOT NULL,
    undone BOOLEAN DEFAULT 0 NOT NULL, PRIMARY KEY (id), FOREIGN KEY(guest_id) REFERENCES guest (id));
CREATE TABLE import (
    id INTEGER NOT NULL, file_name TEXT NOT NULL, at TEXT NOT NULL, imported INTEGER NOT NULL,
    updated INTEGER NOT NULL, skipped INTEGER NOT NULL, duplicates INTEGER NOT NULL,
    cancelled INTEGER NOT NULL, PRIMARY KEY (id));
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO event (id, name, date, capacity, tag, inside, peak, peak_at, created_at)
VALUES (1, 'Oud evenement', '2020-09-10', 25, 'BCDE', 1, 1, '2020-09-10T17:01:00.000000+00:00',
        '2020-09-01T10:00:00.000000+00:00');
INSERT INTO guest (id, first_name, middle, last_name, name, code, presence, first_arrival,
                   inside_since, entries, sort_key, search_key, created_at, updated_at)
VALUES (1, 'Anna', 'van den', 'Berg', 'Anna van den Berg', '1001', 'inside',
        '2020-09-10T17:01:00.000000+00:00', '2020-09-10T17:01:00.000000+00:00', 1,
        'berg' || char(1) || 'anna', 'anna van den berg', '2020-09-01T10:00:00.000000+00:00',
        '2020-09-01T10:00:00.000000+00:00'),
       (2, 'Jan', 'de', 'Vries', 'Jan de Vries', '1002', 'not_arrived', NULL, NULL, 0,
        'vries' || char(1) || 'jan', 'jan de vries', '2020-09-01T10:00:00.000000+00:00',
        '2020-09-01T10:00:00.000000+00:00');
INSERT INTO scan (at, door, raw, guest_id, action, verdict, inside_after)
VALUES ('2020-09-10T17:01:00.000000+00:00', 'Hoofdingang', '1001', 1, 'scan', 'admitted', 1);
