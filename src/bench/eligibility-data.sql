-- Five years of history for every person and unit under the benchmark province (psql variable :path, the
-- province's path) and an evaluation in plan :plan for each person, in proportions like a real province's:
-- ratings mostly GOOD, 15% EXCELLENT; CSTĐCS conferred to about one in eight each year, LĐTT to most; an initiative
-- for one in five a year; one in a hundred disciplined; a few procedures pending; the unit's attestation made for
-- nine in ten. Deterministic: a hash of the person's id and the year picks each fact.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE bench_people AS
    SELECT p.id, p.unit_id, p.full_name, abs(hashtext(p.id::text)) AS h
    FROM person p JOIN org_unit u ON u.id = p.unit_id WHERE u.path LIKE :'path' || '%';
CREATE TEMP TABLE bench_units AS SELECT id FROM org_unit WHERE path LIKE :'path' || '%';

INSERT INTO annual_assessment (id, subject_kind, person_id, unit_id, year, rating, months_employed, created_by,
        created_at, updated_at, version)
SELECT gen_random_uuid(), 'PERSON', p.id, p.unit_id, y,
       CASE WHEN r < 15 THEN 'EXCELLENT' WHEN r < 88 THEN 'GOOD' WHEN r < 98 THEN 'COMPLETED' ELSE 'NOT_COMPLETED' END,
       CASE WHEN r = 50 THEN 4 ELSE 12 END, 'bench', now(), now(), 0
FROM bench_people p, generate_series(:year - 4, :year) y, LATERAL (SELECT abs(hashtext(p.id::text || y)) % 100 AS r) x;

INSERT INTO annual_assessment (id, subject_kind, unit_id, year, rating, created_by, created_at, updated_at, version)
SELECT gen_random_uuid(), 'UNIT', u.id, y, CASE WHEN abs(hashtext(u.id::text || y)) % 3 = 0 THEN 'EXCELLENT' ELSE 'GOOD' END,
       'bench', now(), now(), 0
FROM bench_units u, generate_series(:year - 4, :year) y;

-- conferred titles of the four past years: LĐTT to most, CSTĐCS to about one in eight (chains form by chance)
INSERT INTO award_record (id, subject_kind, person_id, unit_id, year, award_code, decision_number, decision_date,
        authority, source, created_by, created_at, updated_at, version)
SELECT gen_random_uuid(), 'PERSON', p.id, p.unit_id, y, t.code, y || '/QĐ-BENCH', make_date(y + 1, 1, 15),
       'Giám đốc Sở', 'IMPORTED', 'bench', now(), now(), 0
FROM bench_people p, generate_series(:year - 4, :year - 1) y,
     LATERAL (SELECT abs(hashtext(p.id::text || y)) % 100 AS r) x,
     LATERAL (VALUES ('ADVANCED_WORKER', x.r < 85), ('GRASSROOTS_EMULATION_FIGHTER', x.r < 12)) t(code, given)
WHERE t.given;

CREATE TEMP TABLE bench_initiatives AS
    SELECT gen_random_uuid() AS id, p.id AS person_id, p.unit_id, y, x.r
    FROM bench_people p, generate_series(:year - 4, :year) y,
         LATERAL (SELECT abs(hashtext(p.id::text || 'sk' || y)) % 100 AS r) x
    WHERE x.r < 20;
INSERT INTO initiative (id, kind, title, unit_id, recognised_by, decision_number, recognised_on, year, level,
        created_by, created_at, updated_at, version)
SELECT id, 'INITIATIVE', 'Sáng kiến năm ' || y, unit_id, 'Hội đồng sáng kiến', 'SK-' || person_id || '-' || y,
       make_date(y, 11, 20), y, CASE WHEN r < 2 THEN 'PROVINCE' ELSE 'BASE' END, 'bench', now(), now(), 0
FROM bench_initiatives;
INSERT INTO initiative_author (initiative_id, person_id) SELECT id, person_id FROM bench_initiatives;

INSERT INTO disciplinary_measure (id, subject_kind, person_id, unit_id, measure, decided_on, served_until,
        decision_number, created_by, created_at, updated_at, version)
SELECT gen_random_uuid(), 'PERSON', p.id, p.unit_id, CASE WHEN p.h % 2 = 0 THEN 'REPRIMAND' ELSE 'WARNING' END,
       make_date(:year - 1 - (p.h % 3), 3, 1), make_date(:year - (p.h % 3), 2, 28), 'KL-' || p.h, 'bench', now(), now(), 0
FROM bench_people p WHERE p.h % 100 = 7;

INSERT INTO disciplinary_proceeding (id, subject_kind, person_id, unit_id, kind, opened_on, reference, created_by,
        created_at, updated_at, version)
SELECT gen_random_uuid(), 'PERSON', p.id, p.unit_id, 'DISCIPLINE', make_date(:year, 10, 1), 'TB-' || p.h, 'bench',
       now(), now(), 0
FROM bench_people p WHERE p.h % 500 = 11;

INSERT INTO evaluation (id, plan_id, subject_kind, person_id, unit_id, subject_name, status, attestations,
        votes_for, votes_total, created_by, created_at, updated_at, version)
SELECT gen_random_uuid(), :'plan', 'PERSON', p.id, p.unit_id, p.full_name, 'UNIT_REVIEWED',
       jsonb_build_object('SOLIDARITY_AND_MOVEMENTS', jsonb_build_object('attested', p.h % 10 <> 0)),
       20 - p.h % 5, 20, 'bench', now(), now(), 0
FROM bench_people p;
COMMIT;
ANALYZE;
