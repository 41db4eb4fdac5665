-- The outbox writers shared by the procedures. Twin: db/mssql/procedures/030_notifications.sql.

-- R19: an event about an examination carries the exam's name and its preparation (空腹, 憋尿, …)
-- with whatever the event adds: the confirmation and the day-before reminder tell the patient how
-- to prepare. Other appointments' payloads are returned unchanged.
DROP FUNCTION IF EXISTS exam_notification_payload;
CREATE FUNCTION exam_notification_payload(p_appointment_id integer, p_payload varchar) RETURNS varchar
LANGUAGE plpgsql STABLE AS $$
DECLARE
  v_extra jsonb;
BEGIN
  SELECT jsonb_build_object('exam', et.name, 'preparation', et.preparation, 'examCode', a.code,
                            'examVisitNo', a.visit_no,
                            'examStartsAt', to_char(sl.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                            'examRoom', concat_ws(' ', r.location, r.name))
    INTO v_extra
    FROM appointment a JOIN exam_order o ON o.id = a.exam_order_id JOIN exam_type et ON et.id = o.exam_type_id
    JOIN slot sl ON sl.id = a.slot_id JOIN clinic_session s ON s.id = a.session_id JOIN room r ON r.id = s.room_id
   WHERE a.id = p_appointment_id;
  IF v_extra IS NULL THEN
    RETURN p_payload;
  END IF;
  RETURN (CAST(COALESCE(NULLIF(p_payload, ''), '{}') AS jsonb) || v_extra)::text;
END
$$;

-- Queues one event about an appointment: an SMS to the booking's mobile (the patient's stored one
-- for a booking made without), and a message through the channel they booked with — WeChat
-- template message or app push (to the user the partner named at booking), or the partner's
-- callback for the web and third-party platforms when the partner has a callback URL. Internal
-- channels get the SMS only.
-- The dedupe key makes writing the same event twice harmless.
DROP FUNCTION IF EXISTS enqueue_appointment_notification;
CREATE FUNCTION enqueue_appointment_notification(p_appointment_id integer, p_kind varchar, p_event varchar,
                                                 p_payload varchar, p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_patient_id integer;
  v_channel varchar;
  v_partner varchar;
  v_mobile varchar;
  v_mobile_masked varchar;
  v_delivery varchar;
  v_notify_to varchar;
  v_callback boolean;
  v_count integer := 0;
  v_n integer;
  v_exam_order_id integer;
BEGIN
  SELECT a.patient_id, a.channel, a.partner_id, a.notify_to, a.partner_callback,
         CASE WHEN a.mobile_cipher IS NOT NULL THEN a.mobile_cipher ELSE p.mobile_cipher END,
         CASE WHEN a.mobile_cipher IS NOT NULL THEN a.mobile_masked ELSE p.mobile_masked END,
         a.exam_order_id
    INTO v_patient_id, v_channel, v_partner, v_notify_to, v_callback, v_mobile, v_mobile_masked, v_exam_order_id
    FROM appointment a JOIN patient p ON p.id = a.patient_id
   WHERE a.id = p_appointment_id;
  -- Only an examination's messages carry its preparation and room (decision 031).
  IF v_exam_order_id IS NOT NULL THEN
    p_payload := exam_notification_payload(p_appointment_id, p_payload);
  END IF;
  IF v_mobile IS NOT NULL THEN
    INSERT INTO notification (kind, channel, appointment_id, patient_id, partner_id, recipient_cipher, recipient_masked,
                              payload, next_attempt_at, dedupe_key, created_at, updated_at)
    VALUES (p_kind, 'SMS', p_appointment_id, v_patient_id, v_partner, v_mobile, v_mobile_masked, p_payload, p_now,
            concat(p_kind, ':SMS:', p_appointment_id, ':', p_event), p_now, p_now)
    ON CONFLICT ON CONSTRAINT notification_dedupe DO NOTHING;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_count := v_count + v_n;
  END IF;
  v_delivery := CASE v_channel WHEN 'WECHAT' THEN 'WECHAT' WHEN 'APP' THEN 'APP_PUSH'
                               WHEN 'WEB' THEN 'PARTNER_CALLBACK' WHEN 'THIRD_PARTY' THEN 'PARTNER_CALLBACK'
                               WHEN 'COMMUNITY' THEN 'PARTNER_CALLBACK' END;
  -- WeChat and app messages need the partner's user reference; callbacks go to the partner.
  IF v_delivery IS NOT NULL AND v_partner IS NOT NULL
     AND ((v_delivery = 'PARTNER_CALLBACK' AND v_callback) OR (v_delivery <> 'PARTNER_CALLBACK' AND v_notify_to IS NOT NULL)) THEN
    INSERT INTO notification (kind, channel, appointment_id, patient_id, partner_id, payload, next_attempt_at,
                              dedupe_key, created_at, updated_at)
    VALUES (p_kind, v_delivery, p_appointment_id, v_patient_id, v_partner, p_payload, p_now,
            concat(p_kind, ':', v_delivery, ':', p_appointment_id, ':', p_event), p_now, p_now)
    ON CONFLICT ON CONSTRAINT notification_dedupe DO NOTHING;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_count := v_count + v_n;
  END IF;
  RETURN v_count;
END
$$;

-- A message to a patient that is not about one appointment (blacklisting): SMS only.
DROP FUNCTION IF EXISTS enqueue_patient_notification;
CREATE FUNCTION enqueue_patient_notification(p_patient_id integer, p_kind varchar, p_event varchar,
                                             p_payload varchar, p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_n integer;
BEGIN
  INSERT INTO notification (kind, channel, patient_id, recipient_cipher, recipient_masked, payload, next_attempt_at,
                            dedupe_key, created_at, updated_at)
  SELECT p_kind, 'SMS', p.id, p.mobile_cipher, p.mobile_masked, p_payload, p_now,
         concat(p_kind, ':SMS:patient:', p.id, ':', p_event), p_now, p_now
    FROM patient p WHERE p.id = p_patient_id AND p.mobile_cipher IS NOT NULL
  ON CONFLICT ON CONSTRAINT notification_dedupe DO NOTHING;
  GET DIAGNOSTICS v_n = ROW_COUNT;
  RETURN v_n;
END
$$;

-- A cancelled or closed appointment must not be reminded.
DROP FUNCTION IF EXISTS withdraw_pending_reminders;
CREATE FUNCTION withdraw_pending_reminders(p_appointment_id integer, p_now timestamptz)
RETURNS void
LANGUAGE sql AS $$
  UPDATE notification SET status = 'WITHDRAWN', updated_at = p_now
   WHERE appointment_id = p_appointment_id AND kind = 'REMINDER' AND status = 'PENDING'
$$;
