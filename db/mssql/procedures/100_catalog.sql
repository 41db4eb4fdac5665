-- Departments, doctors and rooms: upsert by code. Twin: db/postgres/procedures/100_catalog.sql.
-- `INSERT ... ON CONFLICT (code) DO UPDATE` becomes a lookup under UPDLOCK, HOLDLOCK (the key, or
-- the gap where it would go, stays locked until commit) followed by UPDATE or INSERT.
-- json_build_object(...) becomes FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES
-- (same keys, values and order; compact spacing).
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE dbo.save_department
  @p_code varchar(4000), @p_name nvarchar(4000), @p_description nvarchar(4000), @p_active bit,
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int, @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_id = id FROM dbo.department WITH (UPDLOCK, HOLDLOCK) WHERE code = @p_code;
    IF @v_id IS NULL
    BEGIN
      INSERT INTO dbo.department (code, name, description, active)
      VALUES (@p_code, @p_name, @p_description, @p_active);
      SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    END
    ELSE
      UPDATE dbo.department
         SET name = @p_name, description = @p_description, active = @p_active
       WHERE id = @v_id;

    SET @v_entity_id = CAST(@v_id AS varchar(40));
    SET @v_detail = (SELECT @p_code AS [code], @p_name AS [name], @p_active AS [active]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SAVE_DEPARTMENT', @p_entity = 'department', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.department WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

CREATE OR ALTER PROCEDURE dbo.save_doctor
  @p_code varchar(4000), @p_department_id int, @p_name nvarchar(4000), @p_title varchar(4000),
  @p_specialties nvarchar(4000), @p_active bit,
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int, @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    IF NOT EXISTS (SELECT 1 FROM dbo.department WHERE id = @p_department_id)
      THROW 50001, 'DEPARTMENT_NOT_FOUND', 1;
    -- The CHECK on doctor.title, raised as PostgreSQL's 23514 is mapped (VALIDATION_FAILED);
    -- SQL Server's 547 is not.
    IF @p_title COLLATE Latin1_General_100_BIN2 NOT IN ('CHIEF', 'ASSOCIATE_CHIEF', 'ATTENDING', 'RESIDENT')
      THROW 50001, 'VALIDATION_FAILED:title', 1;

    SELECT @v_id = id FROM dbo.doctor WITH (UPDLOCK, HOLDLOCK) WHERE code = @p_code;
    IF @v_id IS NULL
    BEGIN
      INSERT INTO dbo.doctor (code, department_id, name, title, specialties, active)
      VALUES (@p_code, @p_department_id, @p_name, @p_title, @p_specialties, @p_active);
      SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    END
    ELSE
      UPDATE dbo.doctor
         SET department_id = @p_department_id, name = @p_name, title = @p_title,
             specialties = @p_specialties, active = @p_active
       WHERE id = @v_id;

    SET @v_entity_id = CAST(@v_id AS varchar(40));
    SET @v_detail = (SELECT @p_code AS [code], @p_title AS [title], @p_department_id AS [department], @p_active AS [active]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SAVE_DOCTOR', @p_entity = 'doctor', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.doctor WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

CREATE OR ALTER PROCEDURE dbo.save_room
  @p_code varchar(4000), @p_name nvarchar(4000), @p_department_id int, @p_location nvarchar(4000),
  @p_active bit, @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int, @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    IF @p_department_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dbo.department WHERE id = @p_department_id)
      THROW 50001, 'DEPARTMENT_NOT_FOUND', 1;

    SELECT @v_id = id FROM dbo.room WITH (UPDLOCK, HOLDLOCK) WHERE code = @p_code;
    IF @v_id IS NULL
    BEGIN
      INSERT INTO dbo.room (code, name, department_id, location, active)
      VALUES (@p_code, @p_name, @p_department_id, @p_location, @p_active);
      SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    END
    ELSE
      UPDATE dbo.room
         SET name = @p_name, department_id = @p_department_id, location = @p_location, active = @p_active
       WHERE id = @v_id;

    SET @v_entity_id = CAST(@v_id AS varchar(40));
    SET @v_detail = (SELECT @p_code AS [code], @p_name AS [name], @p_active AS [active]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SAVE_ROOM', @p_entity = 'room', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.room WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

CREATE OR ALTER PROCEDURE dbo.save_setting
  @p_key varchar(4000), @p_value nvarchar(4000), @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_old varchar(200), @v_found bit = 0, @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_old = value, @v_found = 1 FROM dbo.setting WITH (UPDLOCK, ROWLOCK) WHERE name = @p_key;
    IF @v_found = 0
      THROW 50001, 'SETTING_NOT_FOUND', 1;
    -- Values are checked by the application (it knows each setting's type and range); the
    -- database still refuses anything that would break the procedures that read it.
    -- The regular expressions of the PostgreSQL twin as LIKE patterns: binary collation so
    -- [0-9] means the ASCII digits only, nvarchar so trailing blanks count.
    IF @p_key IN ('release_time', 'generation_time', 'reminder_time')
    BEGIN
      IF NOT (@p_value COLLATE Latin1_General_100_BIN2 LIKE N'[01][0-9]:[0-5][0-9]'
              OR @p_value COLLATE Latin1_General_100_BIN2 LIKE N'2[0-3]:[0-5][0-9]')
        THROW 50001, 'INVALID_SETTING', 1;
    END
    ELSE IF NOT (LEN(@p_value) BETWEEN 1 AND 6 AND DATALENGTH(@p_value) = 2 * LEN(@p_value)
                 AND @p_value COLLATE Latin1_General_100_BIN2 NOT LIKE N'%[^0-9]%')
      THROW 50001, 'INVALID_SETTING', 1;

    UPDATE dbo.setting SET value = @p_value, updated_at = @p_now WHERE name = @p_key;

    SET @v_detail = (SELECT @v_old AS [from], @p_value AS [to]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SAVE_SETTING', @p_entity = 'setting', @p_entity_id = @p_key,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT * FROM dbo.setting WHERE name = @p_key;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
