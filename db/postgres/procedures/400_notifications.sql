-- R8: the outbox's life — reminders, claims with leases, acknowledgements, replays.
-- Twin: db/mssql/procedures/400_notifications.sql.

-- R8: one reminder for every live appointment of p_date (the day after the job runs). Running it
-- twice creates nothing more (dedupe keys); cancelled appointments get none.
DROP FUNCTION IF EXISTS create_reminders;
CREATE FUNCTION create_reminders(p_date date, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS TABLE (created integer)
LANGUAGE plpgsql AS $$
DECLARE
  v_created integer := 0;
  v_id integer;
BEGIN
  FOR v_id IN
    -- Locked: a cancellation in flight finishes first and takes its appointment out of the set.
    SELECT a.id FROM appointment a JOIN clinic_session s ON s.id = a.session_id
     WHERE s.session_date = p_date AND s.status = 'OPEN' AND a.status = 'BOOKED'
     ORDER BY a.id
       FOR UPDATE OF a
  LOOP
    v_created := v_created + enqueue_appointment_notification(v_id, 'REMINDER', to_char(p_date, 'YYYYMMDD'), '{}', p_now);
  END LOOP;
  IF v_created > 0 THEN
    PERFORM write_audit(p_now, p_actor, p_operator, 'CREATE_REMINDERS', 'notification', NULL, 'OK',
                        json_build_object('date', p_date, 'created', v_created)::text);
  END IF;
  RETURN QUERY SELECT v_created;
END
$$;

-- A dispatcher claims up to p_limit due notifications for p_lease_seconds: pending ones whose
-- time has come, and ones whose previous claimant's lease ran out (it died while sending; the
-- message may therefore go out twice — at most once more per expired lease). SKIP LOCKED lets
-- several dispatchers claim at once without taking the same row.
DROP FUNCTION IF EXISTS claim_notifications;
CREATE FUNCTION claim_notifications(p_owner varchar, p_limit integer, p_lease_seconds integer, p_now timestamptz)
RETURNS SETOF notification
LANGUAGE plpgsql AS $$
BEGIN
  -- A claimant that died during the last allowed attempt: no further attempt, the message is DEAD.
  UPDATE notification
     SET status = 'DEAD', lease_owner = NULL, lease_until = NULL, updated_at = p_now,
         last_error = COALESCE(last_error, 'lease expired during the last attempt')
   WHERE status = 'SENDING' AND lease_until < p_now AND attempts >= setting_int('notification_max_attempts');
  RETURN QUERY
  UPDATE notification n
     SET status = 'SENDING', lease_owner = p_owner, lease_until = p_now + make_interval(secs => p_lease_seconds),
         attempts = n.attempts + 1, updated_at = p_now
   WHERE n.id IN (SELECT c.id FROM notification c
                   WHERE (c.status = 'PENDING' AND c.next_attempt_at <= p_now)
                      OR (c.status = 'SENDING' AND c.lease_until < p_now)
                   ORDER BY c.next_attempt_at, c.id
                   LIMIT p_limit
                     FOR UPDATE SKIP LOCKED)
  RETURNING n.*;
END
$$;

-- The dispatcher reports one delivery. Only the current claimant's report counts. A failure is
-- retried p_retry_after_ms after the core's now (the dispatcher's backoff with jitter: a duration,
-- never an instant from another clock) until notification_max_attempts, then it is DEAD.
DROP FUNCTION IF EXISTS ack_notification;
CREATE FUNCTION ack_notification(p_id bigint, p_owner varchar, p_sent boolean, p_error varchar,
                                 p_retry_after_ms integer, p_now timestamptz)
RETURNS SETOF notification
LANGUAGE plpgsql AS $$
DECLARE
  v_status varchar;
  v_owner varchar;
  v_attempts integer;
BEGIN
  SELECT status, lease_owner, attempts INTO v_status, v_owner, v_attempts FROM notification WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'NOTIFICATION_NOT_FOUND';
  END IF;
  IF v_status = 'SENDING' AND v_owner = p_owner THEN
    IF p_sent THEN
      UPDATE notification SET status = 'SENT', sent_at = p_now, lease_owner = NULL, lease_until = NULL,
                              last_error = p_error, updated_at = p_now
       WHERE id = p_id;
    ELSIF v_attempts >= setting_int('notification_max_attempts') THEN
      UPDATE notification SET status = 'DEAD', lease_owner = NULL, lease_until = NULL, last_error = p_error,
                              updated_at = p_now
       WHERE id = p_id;
    ELSE
      UPDATE notification SET status = 'PENDING', lease_owner = NULL, lease_until = NULL, last_error = p_error,
                              next_attempt_at = p_now + make_interval(secs => GREATEST(COALESCE(p_retry_after_ms, 0), 0) / 1000.0), updated_at = p_now
       WHERE id = p_id;
    END IF;
  END IF;
  RETURN QUERY SELECT * FROM notification WHERE id = p_id;
END
$$;

-- ADMIN replays a DEAD notification: it is delivered again from its first attempt.
DROP FUNCTION IF EXISTS replay_notification;
CREATE FUNCTION replay_notification(p_id bigint, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF notification
LANGUAGE plpgsql AS $$
DECLARE
  v_status varchar;
BEGIN
  SELECT status INTO v_status FROM notification WHERE id = p_id FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'NOTIFICATION_NOT_FOUND';
  END IF;
  IF v_status <> 'DEAD' THEN
    RAISE EXCEPTION 'CONFLICT:only a DEAD notification can be replayed (status is %)', v_status;
  END IF;
  UPDATE notification SET status = 'PENDING', attempts = 0, next_attempt_at = p_now, last_error = NULL,
                          updated_at = p_now
   WHERE id = p_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'REPLAY_NOTIFICATION', 'notification', CAST(p_id AS varchar), 'OK', NULL);
  RETURN QUERY SELECT * FROM notification WHERE id = p_id;
END
$$;
