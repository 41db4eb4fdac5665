-- Helpers shared by the procedures. Twin: db/postgres/procedures/010_helpers.sql.
-- The files in this folder are re-applied together, in name order, whenever any of them changes,
-- so every object is CREATE OR ALTER.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER FUNCTION dbo.setting_int (@p_key varchar(4000))
RETURNS int
AS
BEGIN
  RETURN (SELECT CAST(value AS int) FROM dbo.setting WHERE name = @p_key);
END
GO

CREATE OR ALTER FUNCTION dbo.setting_text (@p_key varchar(4000))
RETURNS varchar(200)
AS
BEGIN
  RETURN (SELECT value FROM dbo.setting WHERE name = @p_key);
END
GO

-- R4: the on-site reserve is for patients who are in the hospital in person.
-- Exact (case-sensitive) match; a NULL channel is neither in person nor known.
CREATE OR ALTER FUNCTION dbo.is_in_person_channel (@p_channel varchar(4000))
RETURNS bit
AS
BEGIN
  RETURN CASE WHEN @p_channel IS NULL THEN 0
              WHEN @p_channel COLLATE Latin1_General_100_BIN2 IN ('COUNTER', 'KIOSK', 'ON_SITE') THEN 1
              ELSE 0 END;
END
GO

CREATE OR ALTER FUNCTION dbo.is_known_channel (@p_channel varchar(4000))
RETURNS bit
AS
BEGIN
  RETURN CASE WHEN @p_channel IS NULL THEN 0
              WHEN @p_channel COLLATE Latin1_General_100_BIN2 IN ('PHONE', 'COUNTER', 'CLINIC', 'WARD', 'KIOSK', 'WEB', 'APP',
                                                                  'WECHAT', 'THIRD_PARTY', 'COMMUNITY', 'ON_SITE') THEN 1
              ELSE 0 END;
END
GO

-- R2: a session opens at release_time on the day release_days before it, hospital time.
-- p_tz is an IANA name, translated through time_zone_map (NULL when the zone is unknown: the
-- calling procedures refuse unknown zones before they get here).
CREATE OR ALTER FUNCTION dbo.session_release_at (@p_session_date date, @p_tz nvarchar(64))
RETURNS datetimeoffset(3)
AS
BEGIN
  DECLARE @win nvarchar(64) = (SELECT windows FROM dbo.time_zone_map WHERE iana = @p_tz);
  IF @win IS NULL RETURN NULL;
  -- date + time as text ('YYYY-MM-DD hh:mm:ss.fffffff'; `+` keeps NULL NULL, as PostgreSQL does),
  -- read as local time in the zone.
  RETURN CAST(CAST(CONVERT(char(10), DATEADD(day, -dbo.setting_int('release_days'), @p_session_date), 23) + ' '
                   + CAST(CAST(dbo.setting_text('release_time') AS time) AS varchar(16)) AS datetime2)
              AT TIME ZONE @win AS datetimeoffset(3));
END
GO

-- A procedure in T-SQL (a function cannot write). It runs inside the caller's transaction and
-- returns no result set, so the caller still returns exactly one.
CREATE OR ALTER PROCEDURE dbo.write_audit
  @p_at datetimeoffset(3), @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_action varchar(4000),
  @p_entity varchar(4000), @p_entity_id varchar(4000), @p_outcome varchar(4000), @p_detail nvarchar(max)
AS
BEGIN
  SET NOCOUNT ON;
  INSERT INTO dbo.audit_log ([at], actor, operator, action, entity, entity_id, outcome, detail)
  VALUES (@p_at, @p_actor, @p_operator, @p_action, @p_entity, @p_entity_id, @p_outcome, @p_detail);
END
GO

-- After a failed claim: say why when the session stopped being open meanwhile. Runs inside the
-- caller's transaction and returns no result set.
CREATE OR ALTER PROCEDURE dbo.raise_if_session_closed
  @p_session_id int
AS
BEGIN
  SET NOCOUNT ON;
  DECLARE @v_status varchar(12) = (SELECT status FROM dbo.clinic_session WHERE id = @p_session_id);
  IF @v_status = 'SUSPENDED'
    THROW 50001, 'SESSION_SUSPENDED', 1;
  IF @v_status <> 'OPEN'
    THROW 50001, 'SESSION_NOT_OPEN:session closed', 1;
END
GO
