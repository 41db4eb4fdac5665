-- R18 self-triage: publishing a knowledge-base version and recording an assessment.
-- Twin: db/postgres/procedures/500_triage.sql. Decisions 019 and 020.
--
-- Dialect notes: json_to_recordset -> OPENJSON … WITH; string_agg(DISTINCT …) -> STRING_AGG over a
-- DISTINCT derived table; the advisory lock -> sp_getapplock; EXISTS in a select list -> CASE.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW dbo.triage_kb_view AS
SELECT k.version, k.label, k.checksum, k.symptom_count, k.red_flag_count, k.rule_count, k.published_at,
       k.published_by, k.is_current
  FROM dbo.triage_kb k;
GO

-- R17 reads triage use from here: each assessment, and whether a booking made from it followed
-- within 24 hours.
CREATE OR ALTER VIEW dbo.triage_assessment_view AS
SELECT t.id, t.kb_version, t.channel, t.partner_id, t.created_at, t.level, t.action,
       CAST(CASE WHEN EXISTS (SELECT 1 FROM dbo.appointment a
                               WHERE a.triage_assessment_id = t.id
                                 AND a.booked_at < DATEADD(hour, 24, t.created_at)) THEN 1 ELSE 0 END AS bit)
         AS booked_within_24h
  FROM dbo.triage_assessment t;
GO

-- Publishes a validated knowledge base (the core validates the content; this checks, in the same
-- transaction that stores it, that every department it maps to exists and is active) and makes it
-- the current version, audited. Publishing an existing version again with the same checksum makes
-- it current again (a rollback); with another checksum it is refused (TRIAGE_KB_VERSION_EXISTS).
-- @p_department_map: JSON [{"specialty": "CARDIOLOGY", "department": "CARD", "preference": 1}, …].
CREATE OR ALTER PROCEDURE dbo.publish_triage_kb
  @p_version varchar(4000), @p_label nvarchar(4000), @p_checksum varchar(4000), @p_content nvarchar(max),
  @p_department_map nvarchar(max), @p_symptom_count int, @p_red_flag_count int, @p_rule_count int,
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_lock int, @v_checksum char(64), @v_found bit = 0, @v_republished bit = 0,
          @v_missing nvarchar(2000), @v_msg nvarchar(2048), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;
    -- One publication at a time: "the current version" is decided in one place.
    EXEC @v_lock = sys.sp_getapplock @Resource = N'triage_kb', @LockMode = N'Exclusive',
                                     @LockOwner = N'Transaction', @LockTimeout = -1;
    IF @v_lock < 0
      THROW 50001, 'CONFLICT:triage_kb lock not granted', 1;

    SELECT @v_checksum = k.checksum, @v_found = 1 FROM dbo.triage_kb k WHERE k.version = @p_version;
    IF @v_found = 1
    BEGIN
      IF @v_checksum <> @p_checksum COLLATE Latin1_General_100_BIN2
        THROW 50001, 'TRIAGE_KB_VERSION_EXISTS', 1;
      SET @v_republished = 1;
    END

    SELECT @v_missing = STRING_AGG(x.department, N', ')
      FROM (SELECT DISTINCT m.department
              FROM OPENJSON(@p_department_map)
                   WITH (specialty varchar(48) '$.specialty', department varchar(32) '$.department',
                         preference int '$.preference') m
             WHERE NOT EXISTS (SELECT 1 FROM dbo.department d
                                WHERE d.code = m.department COLLATE Latin1_General_100_BIN2 AND d.active = 1)) x;
    IF @v_missing IS NOT NULL
    BEGIN
      SET @v_msg = CONCAT(N'TRIAGE_KB_INVALID:not an active department of the hospital: ', @v_missing);
      THROW 50001, @v_msg, 1;
    END

    UPDATE dbo.triage_kb SET is_current = 0 WHERE is_current = 1 AND version <> @p_version;
    IF @v_republished = 1
      UPDATE dbo.triage_kb SET is_current = 1 WHERE version = @p_version;
    ELSE
    BEGIN
      INSERT INTO dbo.triage_kb (version, label, checksum, content, symptom_count, red_flag_count, rule_count,
                                 published_at, published_by, is_current)
      VALUES (@p_version, @p_label, @p_checksum, @p_content, @p_symptom_count, @p_red_flag_count, @p_rule_count,
              @p_now, COALESCE(@p_operator, @p_actor), 1);
      INSERT INTO dbo.triage_department_map (kb_version, specialty, department_id, preference)
      SELECT @p_version, m.specialty, d.id, m.preference
        FROM OPENJSON(@p_department_map)
             WITH (specialty varchar(48) '$.specialty', department varchar(32) '$.department',
                   preference int '$.preference') m
        JOIN dbo.department d ON d.code = m.department COLLATE Latin1_General_100_BIN2;
    END

    SET @v_detail = (SELECT @p_checksum AS checksum, @p_symptom_count AS symptoms, @p_red_flag_count AS redFlags,
                            @p_rule_count AS rules, CAST(@v_republished AS bit) AS republished
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'PUBLISH_TRIAGE_KB', @p_entity = 'triage_kb', @p_entity_id = @p_version,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.triage_kb_view WHERE version = @p_version;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- One assessment, without identity: channel (and partner), time, the version used, the inputs and
-- the outcome. Returns its id, which a booking made from it may carry.
CREATE OR ALTER PROCEDURE dbo.record_triage_assessment
  @p_kb_version varchar(4000), @p_channel varchar(4000), @p_partner_id varchar(4000),
  @p_age_years int, @p_age_months int, @p_sex varchar(4000), @p_pregnant bit, @p_symptoms varchar(4000),
  @p_duration varchar(4000), @p_red_flags varchar(4000), @p_level varchar(4000), @p_action varchar(4000),
  @p_department_ids varchar(4000), @p_inputs nvarchar(4000), @p_outcome nvarchar(max), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int;
  BEGIN TRY
    BEGIN TRANSACTION;
    IF dbo.is_known_channel(@p_channel) = 0
      THROW 50001, 'VALIDATION_FAILED:channel', 1;
    IF NOT EXISTS (SELECT 1 FROM dbo.triage_kb k WHERE k.version = @p_kb_version)
      THROW 50001, 'TRIAGE_UNAVAILABLE:unknown knowledge-base version', 1;
    -- The CHECKs PostgreSQL would report as 23514 (mapped to VALIDATION_FAILED; SQL Server's 547 is not).
    IF @p_sex IS NULL OR @p_sex COLLATE Latin1_General_100_BIN2 NOT IN ('M', 'F')
       OR @p_level IS NULL OR @p_level COLLATE Latin1_General_100_BIN2 NOT IN ('EMERGENCY', 'URGENT', 'ROUTINE')
       OR @p_age_years NOT BETWEEN 0 AND 130 OR @p_age_months NOT BETWEEN 0 AND 11
      THROW 50001, 'VALIDATION_FAILED:assessment', 1;
    INSERT INTO dbo.triage_assessment (kb_version, channel, partner_id, created_at, age_years, age_months, sex,
                                       pregnant, symptoms, duration, red_flags, level, action, department_ids,
                                       inputs, outcome)
    VALUES (@p_kb_version, @p_channel, @p_partner_id, @p_now, @p_age_years, @p_age_months, @p_sex, @p_pregnant,
            @p_symptoms, @p_duration, @p_red_flags, @p_level, @p_action, @p_department_ids, @p_inputs, @p_outcome);
    SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    SELECT @v_id AS assessment_id, @p_now AS assessed_at;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
