-- R19 医技预约: examinations booked from the same centre (decision 031): sessions of examination
-- resources generated like clinics', booked with the same helpers (bookable_session,
-- claim_free_number, record_booking) only against an order (申请单), with the rules between a
-- patient's examinations as rows of exam_rule, and the clinic's visit-day rules (lateness_deadline,
-- void_late_arrival, record_first_call; mark_no_shows covers these appointments as they are).
-- Twin: db/postgres/procedures/700_examinations.sql (same parameters, result columns, error codes).
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER VIEW dbo.exam_appointment_view AS
SELECT a.id, a.code, a.status, a.visit_no, a.channel, a.partner_id, a.verification_code, a.notify_to,
       a.session_id, s.session_date, CONVERT(varchar(10), s.session_date, 23) AS session_day, s.period,
       a.slot_id, sl.starts_at, sl.ends_at,
       o.id AS order_id, o.order_no, o.status AS order_status, o.completed_at,
       et.id AS exam_type_id, et.code AS exam_type_code, et.name AS exam_type_name, et.modality,
       et.preparation,
       er.id AS exam_resource_id, er.name AS exam_resource_name, er.device,
       s.department_id, dep.name AS department_name, s.room_id, r.name AS room_name, r.location AS room_location,
       a.patient_id, p.name AS patient_name, pd.document_type, pd.masked AS document_masked,
       COALESCE(a.mobile_masked, p.mobile_masked) AS mobile_masked, s.fee_cents,
       a.booked_at, a.cancelled_at, a.cancel_reason, a.checked_in_at, a.called_at, a.registered_at, a.closed_at,
       a.call_count,
       -- R10: the place in the resource session's queue while waiting (1 = next to be called).
       CASE WHEN a.status = 'CHECKED_IN' THEN
         (SELECT CAST(COUNT(*) AS int) + 1 FROM dbo.appointment w
           WHERE w.session_id = a.session_id AND w.status = 'CHECKED_IN'
             AND (w.queue_rank < a.queue_rank OR (w.queue_rank = a.queue_rank AND w.id < a.id)))
       END AS queue_position
  FROM dbo.appointment a
  JOIN dbo.exam_order o ON o.id = a.exam_order_id
  JOIN dbo.exam_type et ON et.id = o.exam_type_id
  JOIN dbo.clinic_session s ON s.id = a.session_id
  JOIN dbo.exam_resource er ON er.id = s.exam_resource_id
  JOIN dbo.slot sl ON sl.id = a.slot_id
  JOIN dbo.department dep ON dep.id = s.department_id
  JOIN dbo.room r ON r.id = s.room_id
  JOIN dbo.patient p ON p.id = a.patient_id
  JOIN dbo.patient_document pd ON pd.id = a.document_id;
GO

-- Must follow exam_appointment_view (a view's v.* is expanded when it is created).
CREATE OR ALTER VIEW dbo.exam_appointment_result_view AS
SELECT CAST('OK' AS varchar(40)) AS outcome, v.* FROM dbo.exam_appointment_view v;
GO

CREATE OR ALTER VIEW dbo.exam_order_view AS
SELECT o.id, o.order_no, o.status, o.patient_id, p.name AS patient_name,
       o.exam_type_id, et.code AS exam_type_code, et.name AS exam_type_name, et.preparation,
       o.ordered_by, doc.name AS ordered_by_name, o.created_at, o.created_by, o.completed_at,
       (SELECT a.id FROM dbo.appointment a
         WHERE a.exam_order_id = o.id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')) AS appointment_id
  FROM dbo.exam_order o
  JOIN dbo.patient p ON p.id = o.patient_id
  JOIN dbo.exam_type et ON et.id = o.exam_type_id
  LEFT JOIN dbo.doctor doc ON doc.id = o.ordered_by;
GO

CREATE OR ALTER VIEW dbo.exam_session_view AS
SELECT s.id, s.session_date, CONVERT(varchar(10), s.session_date, 23) AS session_day, s.period, s.status,
       s.starts_at, s.ends_at, s.release_at, s.fee_cents, s.template_id, s.first_call_at,
       s.exam_resource_id, er.code AS exam_resource_code, er.name AS exam_resource_name, er.device,
       s.department_id, dep.name AS department_name, s.room_id, r.name AS room_name, r.location AS room_location
  FROM dbo.clinic_session s
  JOIN dbo.exam_resource er ON er.id = s.exam_resource_id
  JOIN dbo.department dep ON dep.id = s.department_id
  JOIN dbo.room r ON r.id = s.room_id;
GO

-- The catalogue: an exam type (by code; saving it again updates it).
CREATE OR ALTER PROCEDURE dbo.save_exam_type
  @p_code varchar(4000), @p_name nvarchar(4000), @p_modality varchar(4000), @p_department_id int,
  @p_minutes_per_number int, @p_preparation nvarchar(4000), @p_contraindications nvarchar(4000), @p_active bit,
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
    IF @p_minutes_per_number NOT BETWEEN 1 AND 30
       OR @p_modality NOT IN ('ULTRASOUND', 'CT', 'MRI', 'ENDOSCOPY', 'XRAY', 'OTHER')
       OR @p_contraindications IS NULL OR @p_preparation IS NULL
      THROW 50001, 'VALIDATION_FAILED:exam type', 1;
    SELECT @v_id = id FROM dbo.exam_type WITH (UPDLOCK, HOLDLOCK) WHERE code = @p_code;
    IF @v_id IS NULL
    BEGIN
      INSERT INTO dbo.exam_type (code, name, modality, department_id, minutes_per_number, preparation,
                                 contraindications, active)
      VALUES (@p_code, @p_name, @p_modality, @p_department_id, @p_minutes_per_number, @p_preparation,
              @p_contraindications, @p_active);
      SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    END
    ELSE
      UPDATE dbo.exam_type
         SET name = @p_name, modality = @p_modality, department_id = @p_department_id,
             minutes_per_number = @p_minutes_per_number, preparation = @p_preparation,
             contraindications = @p_contraindications, active = @p_active
       WHERE id = @v_id;
    SET @v_entity_id = CAST(@v_id AS varchar(40));
    SET @v_detail = (SELECT @p_code AS [code] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SAVE_EXAM_TYPE', @p_entity = 'exam_type', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;
    SELECT * FROM dbo.exam_type WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- A resource (device in a room, by code) and the exam types it performs (ids, comma-separated).
CREATE OR ALTER PROCEDURE dbo.save_exam_resource
  @p_code varchar(4000), @p_name nvarchar(4000), @p_device nvarchar(4000), @p_room_id int, @p_department_id int,
  @p_technicians nvarchar(4000), @p_exam_type_ids varchar(4000), @p_active bit,
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int, @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;
    IF NOT EXISTS (SELECT 1 FROM dbo.room WHERE id = @p_room_id AND active = 1)
      THROW 50001, 'ROOM_NOT_FOUND', 1;
    IF NOT EXISTS (SELECT 1 FROM dbo.department WHERE id = @p_department_id)
      THROW 50001, 'DEPARTMENT_NOT_FOUND', 1;
    IF EXISTS (SELECT 1 FROM STRING_SPLIT(@p_exam_type_ids, ',') x
                WHERE NOT EXISTS (SELECT 1 FROM dbo.exam_type t WHERE CAST(t.id AS varchar(20)) = TRIM(x.value)))
      THROW 50001, 'EXAM_TYPE_NOT_FOUND', 1;
    SELECT @v_id = id FROM dbo.exam_resource WITH (UPDLOCK, HOLDLOCK) WHERE code = @p_code;
    IF @v_id IS NULL
    BEGIN
      INSERT INTO dbo.exam_resource (code, name, device, room_id, department_id, technicians, active)
      VALUES (@p_code, @p_name, @p_device, @p_room_id, @p_department_id, @p_technicians, @p_active);
      SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    END
    ELSE
      UPDATE dbo.exam_resource
         SET name = @p_name, device = @p_device, room_id = @p_room_id, department_id = @p_department_id,
             technicians = @p_technicians, active = @p_active
       WHERE id = @v_id;
    DELETE FROM dbo.exam_resource_type WHERE exam_resource_id = @v_id;
    INSERT INTO dbo.exam_resource_type (exam_resource_id, exam_type_id)
    SELECT DISTINCT @v_id, CAST(TRIM(x.value) AS int) FROM STRING_SPLIT(@p_exam_type_ids, ',') x
     WHERE TRIM(x.value) <> '';
    SET @v_entity_id = CAST(@v_id AS varchar(40));
    SET @v_detail = (SELECT @p_code AS [code], @p_exam_type_ids AS [examTypes]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SAVE_EXAM_RESOURCE', @p_entity = 'exam_resource', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;
    SELECT * FROM dbo.exam_resource WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R1 for a resource: its weekly template, in schedule_template (exam_resource_id set, doctor_id
-- NULL), in the resource's room; generate_sessions turns it into sessions and numbers (R2–R4).
CREATE OR ALTER PROCEDURE dbo.save_exam_template
  @p_id int, @p_exam_resource_id int, @p_weekday int, @p_period varchar(4000), @p_first_start varchar(4000),
  @p_minutes_per_number int, @p_number_count int, @p_reserve_count int, @p_fee_cents int,
  @p_effective_from date, @p_effective_to date, @p_active bit,
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int = @p_id, @v_room_id int, @v_first_start time = CAST(@p_first_start AS time), @v_lock int,
          @v_old_found bit = 0, @v_old_resource int, @v_old_weekday smallint, @v_old_period varchar(8),
          @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;
    SELECT @v_room_id = room_id FROM dbo.exam_resource WHERE id = @p_exam_resource_id AND active = 1;
    IF @v_room_id IS NULL
      THROW 50001, 'EXAM_RESOURCE_NOT_FOUND', 1;
    IF @p_minutes_per_number NOT BETWEEN 1 AND 30 OR @p_number_count NOT BETWEEN 1 AND 500
       OR @p_reserve_count NOT BETWEEN 0 AND @p_number_count OR @p_weekday NOT BETWEEN 1 AND 7
       OR @p_period NOT IN ('AM', 'PM', 'EVENING')
       OR (@p_effective_to IS NOT NULL AND @p_effective_to < @p_effective_from)
       OR DATEPART(hour, @v_first_start) * 60 + DATEPART(minute, @v_first_start)
          + @p_minutes_per_number * @p_number_count > 1440
      THROW 50001, 'VALIDATION_FAILED:template', 1;
    -- The same lock as save_schedule_template: the room check sees clinic templates too.
    EXEC @v_lock = sys.sp_getapplock @Resource = N'schedule_template', @LockMode = N'Exclusive',
                                     @LockOwner = N'Transaction', @LockTimeout = -1;
    IF @v_lock < 0
      THROW 50001, 'CONFLICT:schedule_template lock not granted', 1;
    IF @p_active = 1
    BEGIN
      IF EXISTS (SELECT 1 FROM dbo.schedule_template t
                  WHERE t.active = 1 AND (@p_id IS NULL OR t.id <> @p_id)
                    AND t.exam_resource_id = @p_exam_resource_id AND t.weekday = @p_weekday AND t.period = @p_period
                    AND t.effective_from <= COALESCE(@p_effective_to, CAST('99991231' AS date))
                    AND COALESCE(t.effective_to, CAST('99991231' AS date)) >= @p_effective_from)
        THROW 50001, 'TEMPLATE_OVERLAP', 1;
      IF EXISTS (SELECT 1 FROM dbo.schedule_template t
                  WHERE t.active = 1 AND (@p_id IS NULL OR t.id <> @p_id)
                    AND t.room_id = @v_room_id AND t.weekday = @p_weekday AND t.period = @p_period
                    AND t.effective_from <= COALESCE(@p_effective_to, CAST('99991231' AS date))
                    AND COALESCE(t.effective_to, CAST('99991231' AS date)) >= @p_effective_from)
        THROW 50001, 'ROOM_CONFLICT', 1;
    END
    IF @p_id IS NULL
    BEGIN
      INSERT INTO dbo.schedule_template (doctor_id, exam_resource_id, weekday, period, room_id, first_start,
                                         minutes_per_number, number_count, reserve_count, fee_cents, effective_from,
                                         effective_to, active, revision, created_at, updated_at)
      VALUES (NULL, @p_exam_resource_id, @p_weekday, @p_period, @v_room_id, @v_first_start, @p_minutes_per_number,
              @p_number_count, @p_reserve_count, @p_fee_cents, @p_effective_from, @p_effective_to, @p_active, 1,
              @p_now, @p_now);
      SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    END
    ELSE
    BEGIN
      SELECT @v_old_found = 1, @v_old_resource = exam_resource_id, @v_old_weekday = weekday, @v_old_period = period
        FROM dbo.schedule_template WITH (UPDLOCK, ROWLOCK) WHERE id = @p_id;
      IF @v_old_found = 0 OR @v_old_resource IS NULL
        THROW 50001, 'TEMPLATE_NOT_FOUND', 1;
      IF @v_old_resource <> @p_exam_resource_id OR @v_old_weekday <> @p_weekday OR @v_old_period <> @p_period
        THROW 50001, 'TEMPLATE_KEY_CHANGED', 1;
      UPDATE dbo.schedule_template
         SET room_id = @v_room_id, first_start = @v_first_start, minutes_per_number = @p_minutes_per_number,
             number_count = @p_number_count, reserve_count = @p_reserve_count, fee_cents = @p_fee_cents,
             effective_from = @p_effective_from, effective_to = @p_effective_to, active = @p_active,
             revision = revision + 1, updated_at = @p_now
       WHERE id = @p_id;
    END
    SET @v_entity_id = CAST(@v_id AS varchar(40));
    SET @v_detail = (SELECT @p_exam_resource_id AS [resource], @p_weekday AS [weekday], @p_period AS [period],
                            @p_number_count AS [numbers], @p_reserve_count AS [reserve]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SAVE_EXAM_TEMPLATE', @p_entity = 'schedule_template', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;
    SELECT * FROM dbo.schedule_template WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- A rule between two exam types (by code; saving it again updates it).
CREATE OR ALTER PROCEDURE dbo.save_exam_rule
  @p_code varchar(4000), @p_earlier_type_id int, @p_later_type_id int, @p_min_gap_minutes int,
  @p_description nvarchar(4000), @p_active bit, @p_actor nvarchar(4000), @p_operator nvarchar(4000),
  @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int, @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;
    IF NOT EXISTS (SELECT 1 FROM dbo.exam_type WHERE id = @p_earlier_type_id)
       OR NOT EXISTS (SELECT 1 FROM dbo.exam_type WHERE id = @p_later_type_id)
      THROW 50001, 'EXAM_TYPE_NOT_FOUND', 1;
    IF @p_min_gap_minutes NOT BETWEEN 1 AND 10080
      THROW 50001, 'VALIDATION_FAILED:minGapMinutes', 1;
    SELECT @v_id = id FROM dbo.exam_rule WITH (UPDLOCK, HOLDLOCK) WHERE code = @p_code;
    IF @v_id IS NULL
    BEGIN
      INSERT INTO dbo.exam_rule (code, earlier_type_id, later_type_id, min_gap_minutes, description, active)
      VALUES (@p_code, @p_earlier_type_id, @p_later_type_id, @p_min_gap_minutes, @p_description, @p_active);
      SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    END
    ELSE
      UPDATE dbo.exam_rule
         SET earlier_type_id = @p_earlier_type_id, later_type_id = @p_later_type_id,
             min_gap_minutes = @p_min_gap_minutes, description = @p_description, active = @p_active
       WHERE id = @v_id;
    SET @v_entity_id = CAST(@v_id AS varchar(40));
    SET @v_detail = (SELECT @p_code AS [code] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'SAVE_EXAM_RULE', @p_entity = 'exam_rule', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;
    SELECT * FROM dbo.exam_rule WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- 申请单: a clinician orders an examination for a patient (R6 real name). The same order number
-- again for the same patient and exam type returns it (a retry); otherwise EXAM_ORDER_EXISTS.
CREATE OR ALTER PROCEDURE dbo.place_exam_order
  @p_order_no varchar(4000), @p_exam_type_id int, @p_ordered_by int,
  @p_patient_name nvarchar(4000), @p_document_type varchar(4000), @p_document_digest varchar(4000),
  @p_document_masked varchar(4000), @p_document_cipher varchar(4000), @p_mobile_digest varchar(4000),
  @p_mobile_masked varchar(4000), @p_mobile_cipher varchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_patient_id int, @v_document_id int, @v_id int, @v_same bit, @v_entity_id varchar(40),
          @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;
    IF NOT EXISTS (SELECT 1 FROM dbo.exam_type WHERE id = @p_exam_type_id AND active = 1)
      THROW 50001, 'EXAM_TYPE_NOT_FOUND', 1;
    IF @p_ordered_by IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dbo.doctor WHERE id = @p_ordered_by)
      THROW 50001, 'DOCTOR_NOT_FOUND', 1;
    EXEC dbo.resolve_patient @p_patient_name = @p_patient_name, @p_document_type = @p_document_type,
                             @p_document_digest = @p_document_digest, @p_document_masked = @p_document_masked,
                             @p_document_cipher = @p_document_cipher, @p_mobile_digest = @p_mobile_digest,
                             @p_mobile_masked = @p_mobile_masked, @p_mobile_cipher = @p_mobile_cipher,
                             @p_now = @p_now, @p_patient_id = @v_patient_id OUTPUT,
                             @p_document_id = @v_document_id OUTPUT;
    SELECT @v_id = o.id,
           @v_same = CASE WHEN o.patient_id = @v_patient_id AND o.exam_type_id = @p_exam_type_id THEN 1 ELSE 0 END
      FROM dbo.exam_order o WITH (UPDLOCK, HOLDLOCK) WHERE o.order_no = @p_order_no;
    IF @v_id IS NOT NULL
    BEGIN
      IF @v_same = 0
        THROW 50001, 'EXAM_ORDER_EXISTS', 1;
      SELECT * FROM dbo.exam_order_view WHERE id = @v_id;
      COMMIT TRANSACTION;
      RETURN;
    END
    INSERT INTO dbo.exam_order (order_no, patient_id, exam_type_id, ordered_by, status, created_at, created_by,
                                updated_at)
    VALUES (@p_order_no, @v_patient_id, @p_exam_type_id, @p_ordered_by, 'OPEN', @p_now,
            COALESCE(@p_operator, @p_actor), @p_now);
    SET @v_id = CAST(SCOPE_IDENTITY() AS int);
    SET @v_entity_id = CAST(@v_id AS varchar(40));
    SET @v_detail = (SELECT @p_exam_type_id AS [examType], @p_ordered_by AS [orderedBy]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'PLACE_EXAM_ORDER', @p_entity = 'exam_order', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;
    SELECT * FROM dbo.exam_order_view WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R19: books a number (the time the patient picked) for an order. See the twin for the rules.
-- Lock order (decision 014, extended): patient → order → session → number.
CREATE OR ALTER PROCEDURE dbo.book_examination
  @p_order_no varchar(4000), @p_slot_id int, @p_channel varchar(4000), @p_partner_id varchar(4000),
  @p_patient_name nvarchar(4000), @p_document_type varchar(4000), @p_document_digest varchar(4000),
  @p_mobile_digest varchar(4000), @p_mobile_masked varchar(4000), @p_mobile_cipher varchar(4000),
  @p_code varchar(4000), @p_verification_code varchar(4000), @p_notify_to varchar(4000),
  @p_request_key varchar(4000), @p_partner_callback bit, @p_tz nvarchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  -- READPAST (claim_free_number) needs READ COMMITTED (Msg 650 otherwise): whatever the caller's level.
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_order_id int, @v_order_patient int, @v_exam_type_id int, @v_order_status varchar(12),
          @v_patient_id int, @v_document_id int, @v_name nvarchar(100), @v_session_id int, @v_in_person bit,
          @v_start datetimeoffset(3), @v_end datetimeoffset(3), @v_rule varchar(48), @v_slot_id int,
          @v_seq_no smallint, @v_appointment_id int, @v_msg nvarchar(2048);
  BEGIN TRY
    BEGIN TRANSACTION;
    IF dbo.is_known_channel(@p_channel) = 0
      THROW 50001, 'VALIDATION_FAILED:channel', 1;
    IF @p_slot_id IS NULL
      THROW 50001, 'VALIDATION_FAILED:slotId', 1;
    SELECT @v_document_id = d.id, @v_patient_id = d.patient_id
      FROM dbo.patient_document d WHERE d.document_type = @p_document_type AND d.digest = @p_document_digest;
    SELECT @v_order_id = o.id, @v_order_patient = o.patient_id FROM dbo.exam_order o WHERE o.order_no = @p_order_no;
    IF @v_order_id IS NULL OR @v_patient_id IS NULL OR @v_order_patient <> @v_patient_id
      THROW 50001, 'EXAM_ORDER_NOT_FOUND', 1;
    SELECT @v_name = p.name FROM dbo.patient p WITH (UPDLOCK, ROWLOCK) WHERE p.id = @v_patient_id;
    IF @v_name IS NULL OR @v_name <> @p_patient_name COLLATE Latin1_General_100_BIN2
      THROW 50001, 'IDENTITY_MISMATCH', 1;

    EXEC dbo.request_key_booking @p_partner_id = @p_partner_id, @p_request_key = @p_request_key,
                                 @p_document_type = @p_document_type, @p_document_digest = @p_document_digest,
                                 @p_session_id = NULL, @p_slot_id = @p_slot_id,
                                 @p_appointment_id = @v_appointment_id OUTPUT;
    IF @v_appointment_id IS NOT NULL
    BEGIN
      SELECT * FROM dbo.exam_appointment_view WHERE id = @v_appointment_id;
      COMMIT TRANSACTION;
      RETURN;
    END

    SELECT @v_order_status = o.status, @v_exam_type_id = o.exam_type_id
      FROM dbo.exam_order o WITH (UPDLOCK, ROWLOCK) WHERE o.id = @v_order_id;
    IF @v_order_status <> 'OPEN'
    BEGIN
      SET @v_msg = CONCAT(N'EXAM_ORDER_NOT_OPEN:status is ', @v_order_status);
      THROW 50001, @v_msg, 1;
    END
    IF EXISTS (SELECT 1 FROM dbo.appointment a
                WHERE a.exam_order_id = @v_order_id AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED'))
      THROW 50001, 'EXAM_ORDER_ALREADY_BOOKED', 1;

    EXEC dbo.bookable_session @p_session_id = NULL, @p_slot_id = @p_slot_id, @p_channel = @p_channel,
                              @p_hold_id = NULL, @p_tz = @p_tz, @p_now = @p_now,
                              @p_open_session_id = @v_session_id OUTPUT, @p_in_person = @v_in_person OUTPUT;
    IF NOT EXISTS (SELECT 1 FROM dbo.clinic_session s
                     JOIN dbo.exam_resource_type rt ON rt.exam_resource_id = s.exam_resource_id
                    WHERE s.id = @v_session_id AND rt.exam_type_id = @v_exam_type_id)
      THROW 50001, 'EXAM_TYPE_NOT_PERFORMED', 1;

    SELECT @v_start = sl.starts_at, @v_end = sl.ends_at FROM dbo.slot sl WHERE sl.id = @p_slot_id;
    SELECT TOP (1) @v_rule = x.rule_code
      FROM (SELECT CAST('OVERLAP' AS varchar(48)) AS rule_code, 0 AS rank_no
              FROM dbo.appointment a JOIN dbo.slot sl ON sl.id = a.slot_id
             WHERE a.patient_id = @v_patient_id AND a.exam_order_id IS NOT NULL AND a.exam_order_id <> @v_order_id
               AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED')
               AND sl.starts_at < @v_end AND sl.ends_at > @v_start
            UNION ALL
            SELECT r.code, 1
              FROM dbo.appointment a JOIN dbo.slot sl ON sl.id = a.slot_id
              JOIN dbo.exam_order o ON o.id = a.exam_order_id
              JOIN dbo.exam_rule r ON r.active = 1
               AND ((r.earlier_type_id = o.exam_type_id AND r.later_type_id = @v_exam_type_id
                     AND @v_start >= sl.starts_at AND @v_start < DATEADD(minute, r.min_gap_minutes, sl.ends_at))
                 OR (r.earlier_type_id = @v_exam_type_id AND r.later_type_id = o.exam_type_id
                     AND sl.starts_at >= @v_start AND sl.starts_at < DATEADD(minute, r.min_gap_minutes, @v_end)))
             WHERE a.patient_id = @v_patient_id AND a.exam_order_id <> @v_order_id
               AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED')) x
     ORDER BY x.rank_no, x.rule_code;
    IF @v_rule IS NOT NULL
    BEGIN
      SET @v_msg = CONCAT(N'EXAM_RULE_CONFLICT:', @v_rule);
      THROW 50001, @v_msg, 1;
    END

    EXEC dbo.claim_free_number @p_session_id = @v_session_id, @p_slot_id = @p_slot_id, @p_in_person = @v_in_person,
                               @p_hold_id = NULL, @p_now = @p_now, @p_claimed_slot_id = @v_slot_id OUTPUT,
                               @p_claimed_seq_no = @v_seq_no OUTPUT;
    EXEC dbo.record_booking @p_session_id = @v_session_id, @p_slot_id = @v_slot_id, @p_seq_no = @v_seq_no,
                            @p_patient_id = @v_patient_id, @p_document_id = @v_document_id, @p_channel = @p_channel,
                            @p_partner_id = @p_partner_id, @p_code = @p_code,
                            @p_verification_code = @p_verification_code, @p_notify_to = @p_notify_to,
                            @p_request_key = @p_request_key, @p_partner_callback = @p_partner_callback,
                            @p_mobile_digest = @p_mobile_digest, @p_mobile_masked = @p_mobile_masked,
                            @p_mobile_cipher = @p_mobile_cipher, @p_triage_assessment_id = NULL,
                            @p_actor = @p_actor, @p_operator = @p_operator, @p_now = @p_now,
                            @p_appointment_id = @v_appointment_id OUTPUT;
    UPDATE dbo.appointment SET exam_order_id = @v_order_id WHERE id = @v_appointment_id;
    -- R8: the confirmation written by record_booking carries the preparation.
    UPDATE dbo.notification SET payload = dbo.exam_notification_payload(@v_appointment_id, payload)
     WHERE appointment_id = @v_appointment_id;
    SELECT * FROM dbo.exam_appointment_view WHERE id = @v_appointment_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R9 for examinations: the clinic's rule; the number returns to the pool, the order is free again.
CREATE OR ALTER PROCEDURE dbo.cancel_examination
  @p_appointment_id int, @p_partner_id varchar(4000), @p_reason nvarchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_found bit = 0, @v_status varchar(24), @v_partner varchar(64), @v_slot_id int,
          @v_slot_start datetimeoffset(3), @v_msg nvarchar(2048), @v_entity_id varchar(40),
          @v_detail nvarchar(max), @v_payload nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;
    SELECT @v_found = 1, @v_status = a.status, @v_partner = a.partner_id, @v_slot_id = a.slot_id,
           @v_slot_start = sl.starts_at
      FROM dbo.appointment a WITH (UPDLOCK, ROWLOCK)
      JOIN dbo.slot sl ON sl.id = a.slot_id
     WHERE a.id = @p_appointment_id AND a.exam_order_id IS NOT NULL;
    IF @v_found = 0
       OR (@p_partner_id IS NOT NULL
           AND (@v_partner IS NULL OR @v_partner <> @p_partner_id COLLATE Latin1_General_100_BIN2))
      THROW 50001, 'APPOINTMENT_NOT_FOUND', 1;
    IF @v_status <> 'BOOKED'
    BEGIN
      SET @v_msg = CONCAT(N'CANCEL_NOT_ALLOWED:status is ', @v_status);
      THROW 50001, @v_msg, 1;
    END
    IF @p_now >= DATEADD(minute, -dbo.setting_int('cancel_cutoff_minutes'), @v_slot_start)
      THROW 50001, 'CANCEL_NOT_ALLOWED:past the cancellation cut-off', 1;
    UPDATE dbo.appointment
       SET status = 'CANCELLED', cancelled_at = @p_now, cancel_reason = @p_reason, updated_at = @p_now
     WHERE id = @p_appointment_id;
    UPDATE dbo.slot SET appointment_id = NULL WHERE id = @v_slot_id AND appointment_id = @p_appointment_id;
    EXEC dbo.withdraw_pending_reminders @p_appointment_id = @p_appointment_id, @p_now = @p_now;
    SET @v_payload = (SELECT @p_reason AS [reason] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.enqueue_appointment_notification @p_appointment_id = @p_appointment_id, @p_kind = 'CANCELLED',
                                              @p_event = 'cancelled', @p_payload = @v_payload, @p_now = @p_now;
    SET @v_entity_id = CAST(@p_appointment_id AS varchar(40));
    SET @v_detail = (SELECT @p_reason AS [reason], @p_partner_id AS [partner], CAST(1 AS bit) AS [exam]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'CANCEL', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;
    SELECT * FROM dbo.exam_appointment_view WHERE id = @p_appointment_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R10/R11 for examinations: by appointment code, on the day, with the document presented again
-- (check_in_locked, 300_visit_day.sql, says what follows).
CREATE OR ALTER PROCEDURE dbo.check_in_examination
  @p_appointment_code varchar(4000), @p_document_type varchar(4000), @p_document_digest varchar(4000),
  @p_tz nvarchar(64), @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_win nvarchar(64), @v_today date, @v_presented int, @v_id int, @v_outcome varchar(40);
  BEGIN TRY
    BEGIN TRANSACTION;
    SELECT @v_win = windows FROM dbo.time_zone_map WHERE iana = @p_tz;
    IF @v_win IS NULL
      THROW 50001, 'VALIDATION_FAILED:unknown time zone', 1;
    SET @v_today = CAST(@p_now AT TIME ZONE @v_win AS date);
    SELECT @v_presented = patient_id
      FROM dbo.patient_document WHERE document_type = @p_document_type AND digest = @p_document_digest;
    SELECT @v_id = a.id
      FROM dbo.appointment a WITH (UPDLOCK, ROWLOCK)
     WHERE a.code = @p_appointment_code AND a.exam_order_id IS NOT NULL;
    IF @v_id IS NULL
      THROW 50001, 'APPOINTMENT_NOT_FOUND', 1;
    EXEC dbo.check_in_locked @p_id = @v_id, @p_presented = @v_presented, @p_document_type = @p_document_type,
                             @p_today = @v_today, @p_what = N'examination', @p_actor = @p_actor,
                             @p_operator = @p_operator, @p_now = @p_now, @p_outcome = @v_outcome OUTPUT;
    SELECT @v_outcome AS outcome, v.* FROM dbo.exam_appointment_view v WHERE v.id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- R12 for a resource: the next waiting patient of the resource's session (call_next_locked,
-- 300_visit_day.sql).
CREATE OR ALTER PROCEDURE dbo.call_next_examination
  @p_session_id int, @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
  DECLARE @v_found bit = 0, @v_id int, @v_room_id int;
  BEGIN TRY
    BEGIN TRANSACTION;
    SELECT @v_found = 1, @v_room_id = room_id FROM dbo.clinic_session WITH (UPDLOCK, ROWLOCK, HOLDLOCK)
     WHERE id = @p_session_id AND exam_resource_id IS NOT NULL;
    IF @v_found = 0
      THROW 50001, 'SESSION_NOT_FOUND', 1;
    EXEC dbo.call_next_locked @p_session_id = @p_session_id, @p_room_id = @v_room_id, @p_actor = @p_actor,
                              @p_operator = @p_operator, @p_now = @p_now, @p_appointment_id = @v_id OUTPUT;
    SELECT * FROM dbo.exam_appointment_view WHERE id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO

-- Completion in place of registration: only after check-in and a call, with the patient's own
-- document; the appointment ends REGISTERED and its order COMPLETED.
CREATE OR ALTER PROCEDURE dbo.complete_examination
  @p_appointment_code varchar(4000), @p_document_type varchar(4000), @p_document_digest varchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_id int, @v_status varchar(24), @v_patient_id int, @v_order_id int, @v_presented int,
          @v_outcome varchar(40) = 'OK', @v_msg nvarchar(2048), @v_entity_id varchar(40), @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;
    -- The session before the appointment (decision 014): the twin's FOR KEY SHARE.
    SELECT @v_id = s.id FROM dbo.clinic_session s WITH (HOLDLOCK, ROWLOCK)
      JOIN dbo.appointment a ON a.session_id = s.id WHERE a.code = @p_appointment_code;
    SET @v_id = NULL;
    SELECT @v_id = a.id, @v_status = a.status, @v_patient_id = a.patient_id, @v_order_id = a.exam_order_id
      FROM dbo.appointment a WITH (UPDLOCK, ROWLOCK)
     WHERE a.code = @p_appointment_code AND a.exam_order_id IS NOT NULL;
    IF @v_id IS NULL
      THROW 50001, 'APPOINTMENT_NOT_FOUND', 1;
    IF @v_status = 'REGISTERED'
      THROW 50001, 'APPOINTMENT_NOT_ACTIVE:already completed', 1;
    IF @v_status NOT IN ('BOOKED', 'CHECKED_IN', 'CALLED')
    BEGIN
      SET @v_msg = CONCAT(N'APPOINTMENT_NOT_ACTIVE:status is ', @v_status);
      THROW 50001, @v_msg, 1;
    END
    SELECT @v_presented = patient_id
      FROM dbo.patient_document WHERE document_type = @p_document_type AND digest = @p_document_digest;
    SET @v_outcome = CASE
      WHEN @v_presented IS NULL OR @v_presented <> @v_patient_id THEN 'IDENTITY_MISMATCH'
      WHEN @v_status = 'BOOKED' THEN 'NOT_CHECKED_IN'
      WHEN @v_status = 'CHECKED_IN' THEN 'NOT_CALLED'
      ELSE 'OK' END;
    SET @v_entity_id = CAST(@v_id AS varchar(40));
    IF @v_outcome <> 'OK'
    BEGIN
      SET @v_detail = (SELECT @v_outcome AS [code] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
      EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                           @p_action = 'COMPLETE_EXAM', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                           @p_outcome = 'REFUSED', @p_detail = @v_detail;
    END
    ELSE
    BEGIN
      UPDATE dbo.appointment SET status = 'REGISTERED', registered_at = @p_now, updated_at = @p_now WHERE id = @v_id;
      UPDATE dbo.exam_order SET status = 'COMPLETED', completed_at = @p_now, updated_at = @p_now WHERE id = @v_order_id;
      SET @v_detail = (SELECT @v_order_id AS [order] FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
      EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                           @p_action = 'COMPLETE_EXAM', @p_entity = 'appointment', @p_entity_id = @v_entity_id,
                           @p_outcome = 'OK', @p_detail = @v_detail;
    END
    SELECT @v_outcome AS outcome, v.* FROM dbo.exam_appointment_view v WHERE v.id = @v_id;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
