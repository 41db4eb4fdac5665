-- R6, R8: a patient's stored contact. Twin: db/postgres/procedures/220_patients.sql.
SET ANSI_NULLS ON;
SET QUOTED_IDENTIFIER ON;
GO

-- The mobile a patient's messages go to (for bookings made without one), changed by an
-- authenticated intranet client with the patient's name and document in hand — never by a
-- booking. Audited with the masked old and new numbers.
CREATE OR ALTER PROCEDURE dbo.update_patient_contact
  @p_patient_name nvarchar(4000), @p_document_type varchar(4000), @p_document_digest varchar(4000),
  @p_mobile_digest varchar(4000), @p_mobile_masked varchar(4000), @p_mobile_cipher varchar(4000),
  @p_actor nvarchar(4000), @p_operator nvarchar(4000), @p_now datetimeoffset(3)
AS
BEGIN
  SET NOCOUNT ON;
  SET XACT_ABORT ON;
  DECLARE @v_patient int, @v_name nvarchar(100), @v_old varchar(20), @v_entity_id varchar(40),
          @v_detail nvarchar(max);
  BEGIN TRY
    BEGIN TRANSACTION;

    SELECT @v_patient = d.patient_id
      FROM dbo.patient_document d WHERE d.document_type = @p_document_type AND d.digest = @p_document_digest;
    IF @v_patient IS NULL
      THROW 50001, 'NOT_FOUND:no patient has this document', 1;
    SELECT @v_name = p.name, @v_old = p.mobile_masked
      FROM dbo.patient p WITH (UPDLOCK, ROWLOCK) WHERE p.id = @v_patient;
    IF @p_patient_name IS NULL OR @v_name <> @p_patient_name COLLATE Latin1_General_100_BIN2
      THROW 50001, 'IDENTITY_MISMATCH', 1;
    UPDATE dbo.patient
       SET mobile_masked = @p_mobile_masked, mobile_cipher = @p_mobile_cipher,
           mobile_digest = @p_mobile_digest, updated_at = @p_now
     WHERE id = @v_patient;

    SET @v_entity_id = CAST(@v_patient AS varchar(40));
    SET @v_detail = (SELECT @v_old AS [from], @p_mobile_masked AS [to]
                     FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES);
    EXEC dbo.write_audit @p_at = @p_now, @p_actor = @p_actor, @p_operator = @p_operator,
                         @p_action = 'UPDATE_CONTACT', @p_entity = 'patient', @p_entity_id = @v_entity_id,
                         @p_outcome = 'OK', @p_detail = @v_detail;

    SELECT p.id AS patient_id, p.name, d.document_type, d.masked AS document_masked, p.mobile_masked
      FROM dbo.patient p JOIN dbo.patient_document d ON d.patient_id = p.id
     WHERE p.id = @v_patient AND d.document_type = @p_document_type AND d.digest = @p_document_digest;
    COMMIT TRANSACTION;
  END TRY
  BEGIN CATCH
    IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
    THROW;
  END CATCH
END
GO
