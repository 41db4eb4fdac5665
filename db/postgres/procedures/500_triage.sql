-- R18 self-triage: publishing a knowledge-base version and recording an assessment.
-- Twin: db/mssql/procedures/500_triage.sql. Decisions 019 and 020.

DROP VIEW IF EXISTS triage_kb_view CASCADE;
CREATE VIEW triage_kb_view AS
SELECT k.version, k.label, k.checksum, k.symptom_count, k.red_flag_count, k.rule_count, k.published_at,
       k.published_by, k.is_current
  FROM triage_kb k;

-- R17 reads triage use from here: each assessment, and whether a booking made from it followed
-- within 24 hours.
DROP VIEW IF EXISTS triage_assessment_view CASCADE;
CREATE VIEW triage_assessment_view AS
SELECT t.id, t.kb_version, t.channel, t.partner_id, t.created_at, t.level, t.action,
       EXISTS (SELECT 1 FROM appointment a
                WHERE a.triage_assessment_id = t.id
                  AND a.booked_at < t.created_at + INTERVAL '24 hours') AS booked_within_24h
  FROM triage_assessment t;
COMMENT ON COLUMN triage_assessment_view.booked_within_24h IS 'not null';

-- Publishes a validated knowledge base (the core validates the content; this checks, in the same
-- transaction that stores it, that every department it maps to exists and is active) and makes it
-- the current version, audited. Publishing an existing version again with the same checksum makes
-- it current again (a rollback); with another checksum it is refused (TRIAGE_KB_VERSION_EXISTS).
-- p_department_map: JSON [{"specialty": "CARDIOLOGY", "department": "CARD", "preference": 1}, …].
DROP FUNCTION IF EXISTS publish_triage_kb;
CREATE FUNCTION publish_triage_kb(p_version varchar, p_label varchar, p_checksum varchar, p_content text,
                                  p_department_map text, p_symptom_count integer, p_red_flag_count integer,
                                  p_rule_count integer, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF triage_kb_view
LANGUAGE plpgsql AS $$
DECLARE
  v_checksum char(64);
  v_missing text;
  v_republished boolean := false;
BEGIN
  -- One publication at a time: "the current version" is decided in one place.
  PERFORM pg_advisory_xact_lock(hashtext('triage_kb'));
  SELECT k.checksum INTO v_checksum FROM triage_kb k WHERE k.version = p_version;
  IF FOUND THEN
    IF v_checksum <> p_checksum THEN
      RAISE EXCEPTION 'TRIAGE_KB_VERSION_EXISTS';
    END IF;
    v_republished := true;
  END IF;
  SELECT string_agg(DISTINCT m.department, ', ') INTO v_missing
    FROM json_to_recordset(CAST(p_department_map AS json)) AS m(specialty varchar, department varchar, preference integer)
   WHERE NOT EXISTS (SELECT 1 FROM department d WHERE d.code = m.department AND d.active);
  IF v_missing IS NOT NULL THEN
    RAISE EXCEPTION 'TRIAGE_KB_INVALID:not an active department of the hospital: %', v_missing;
  END IF;

  UPDATE triage_kb k SET is_current = false WHERE k.is_current AND k.version <> p_version;
  IF v_republished THEN
    UPDATE triage_kb k SET is_current = true WHERE k.version = p_version;
  ELSE
    INSERT INTO triage_kb (version, label, checksum, content, symptom_count, red_flag_count, rule_count,
                           published_at, published_by, is_current)
    VALUES (p_version, p_label, p_checksum, p_content, p_symptom_count, p_red_flag_count, p_rule_count,
            p_now, COALESCE(p_operator, p_actor), true);
    INSERT INTO triage_department_map (kb_version, specialty, department_id, preference)
    SELECT p_version, m.specialty, d.id, m.preference
      FROM json_to_recordset(CAST(p_department_map AS json)) AS m(specialty varchar, department varchar, preference integer)
      JOIN department d ON d.code = m.department;
  END IF;
  PERFORM write_audit(p_now, p_actor, p_operator, 'PUBLISH_TRIAGE_KB', 'triage_kb', p_version, 'OK',
                      json_build_object('checksum', p_checksum, 'symptoms', p_symptom_count,
                                        'redFlags', p_red_flag_count, 'rules', p_rule_count,
                                        'republished', v_republished)::text);
  RETURN QUERY SELECT * FROM triage_kb_view v WHERE v.version = p_version;
END
$$;

-- One assessment, without identity: channel (and partner), time, the version used, the inputs and
-- the outcome. Returns its id, which a booking made from it may carry.
DROP FUNCTION IF EXISTS record_triage_assessment;
CREATE FUNCTION record_triage_assessment(p_kb_version varchar, p_channel varchar, p_partner_id varchar,
                                         p_age_years integer, p_age_months integer, p_sex varchar,
                                         p_pregnant boolean, p_symptoms varchar, p_duration varchar,
                                         p_red_flags varchar, p_level varchar, p_action varchar,
                                         p_department_ids varchar, p_inputs varchar, p_outcome varchar,
                                         p_now timestamptz)
RETURNS TABLE (assessment_id integer, assessed_at timestamptz)
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF NOT is_known_channel(p_channel) THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:channel';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM triage_kb k WHERE k.version = p_kb_version) THEN
    RAISE EXCEPTION 'TRIAGE_UNAVAILABLE:unknown knowledge-base version';
  END IF;
  INSERT INTO triage_assessment (kb_version, channel, partner_id, created_at, age_years, age_months, sex, pregnant,
                                 symptoms, duration, red_flags, level, action, department_ids, inputs, outcome)
  VALUES (p_kb_version, p_channel, p_partner_id, p_now, p_age_years, p_age_months, p_sex, p_pregnant,
          p_symptoms, p_duration, p_red_flags, p_level, p_action, p_department_ids, p_inputs, p_outcome)
  RETURNING id INTO v_id;
  RETURN QUERY SELECT v_id, p_now;
END
$$;
