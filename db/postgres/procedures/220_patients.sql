-- R6, R8: a patient's stored contact. Twin: db/mssql/procedures/220_patients.sql.

-- The mobile a patient's messages go to (for bookings made without one), changed by an
-- authenticated intranet client with the patient's name and document in hand — never by a
-- booking. Audited with the masked old and new numbers.
DROP FUNCTION IF EXISTS update_patient_contact;
CREATE FUNCTION update_patient_contact(p_patient_name varchar, p_document_type varchar, p_document_digest varchar,
                                       p_mobile_digest varchar, p_mobile_masked varchar, p_mobile_cipher varchar,
                                       p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS TABLE (patient_id integer, name varchar, document_type varchar, document_masked varchar,
               mobile_masked varchar)
LANGUAGE plpgsql AS $$
DECLARE
  v_patient integer;
  v_name varchar;
  v_old varchar;
BEGIN
  SELECT d.patient_id INTO v_patient
    FROM patient_document d WHERE d.document_type = p_document_type AND d.digest = p_document_digest;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'NOT_FOUND:no patient has this document';
  END IF;
  SELECT p.name, p.mobile_masked INTO v_name, v_old FROM patient p WHERE p.id = v_patient FOR UPDATE;
  IF v_name IS DISTINCT FROM p_patient_name THEN
    RAISE EXCEPTION 'IDENTITY_MISMATCH';
  END IF;
  UPDATE patient SET mobile_masked = p_mobile_masked, mobile_cipher = p_mobile_cipher,
                     mobile_digest = p_mobile_digest, updated_at = p_now
   WHERE id = v_patient;
  PERFORM write_audit(p_now, p_actor, p_operator, 'UPDATE_CONTACT', 'patient', CAST(v_patient AS varchar), 'OK',
                      json_build_object('from', v_old, 'to', p_mobile_masked)::text);
  RETURN QUERY
  SELECT p.id, p.name, d.document_type, d.masked, p.mobile_masked
    FROM patient p JOIN patient_document d ON d.patient_id = p.id
   WHERE p.id = v_patient AND d.document_type = p_document_type AND d.digest = p_document_digest;
END
$$;
