-- R5/R7, R14, R15, R17: the waitlist of a full session, freed numbers offered down it as holds,
-- the random re-release delay of a number nobody waiting took, and the record of where every
-- freed number went. Decision 029 (builds on the holds of decision 023).
-- Twin: db/mssql/procedures/230_waitlist.sql.
--
-- Lock order (decision 014, extended): patient → hold → waitlist entry → session → slot. A
-- cancellation (appointment → slot) and the sweeper (hold → slot) take the entry they offer to with
-- SKIP LOCKED, so a number is never offered twice and two freed numbers never wait on each other.

DROP VIEW IF EXISTS waitlist_view CASCADE;
CREATE VIEW waitlist_view AS
SELECT w.id, w.status, w.session_id, s.session_date, to_char(s.session_date, 'YYYY-MM-DD') AS session_day,
       s.period, s.starts_at AS session_starts_at,
       s.department_id, dep.name AS department_name,
       s.doctor_id, doc.name AS doctor_name, doc.title AS doctor_title,
       w.patient_id, p.name AS patient_name, pd.document_type, pd.masked AS document_masked,
       COALESCE(w.mobile_masked, p.mobile_masked) AS mobile_masked,
       w.channel, w.partner_id, w.priority, w.joined_at, w.ended_at, w.rebooked_from,
       -- R5: the place in line of a waiting patient (1 = the next freed number is theirs).
       CASE WHEN w.status = 'WAITING' THEN
         CAST((SELECT count(*) FROM waitlist_entry o
                WHERE o.session_id = w.session_id AND o.status = 'WAITING'
                  AND (o.priority > w.priority
                       OR (o.priority = w.priority AND (o.joined_at < w.joined_at
                           OR (o.joined_at = w.joined_at AND o.id < w.id))))) + 1 AS integer)
       END AS position,
       CAST((SELECT count(*) FROM waitlist_entry o WHERE o.session_id = w.session_id AND o.status = 'WAITING')
            AS integer) AS waiting,
       w.hold_id AS offer_hold_id, h.status AS offer_status, h.slot_id AS offer_slot_id,
       h.visit_no AS offer_visit_no, sl.starts_at AS offer_starts_at, h.expires_at AS offer_expires_at,
       h.appointment_id
  FROM waitlist_entry w
  JOIN clinic_session s ON s.id = w.session_id
  JOIN department dep ON dep.id = s.department_id
  JOIN doctor doc ON doc.id = s.doctor_id
  JOIN patient p ON p.id = w.patient_id
  JOIN patient_document pd ON pd.id = w.document_id
  LEFT JOIN number_hold h ON h.id = w.hold_id
  LEFT JOIN slot sl ON sl.id = h.slot_id;
COMMENT ON COLUMN waitlist_view.session_day IS 'not null';
COMMENT ON COLUMN waitlist_view.waiting IS 'not null';
-- R19: an examination session has no doctor and no waitlist; this view joins the doctor, so it has one.
COMMENT ON COLUMN waitlist_view.doctor_id IS 'not null';

-- The message of an offer (R8's outbox, decision 010): an SMS to the mobile the patient gave (else
-- their stored one) and a message through the channel they joined with — WeChat or app (to the
-- user the partner named) or the partner's callback. Returns how many were queued.
DROP FUNCTION IF EXISTS enqueue_offer_notification;
CREATE FUNCTION enqueue_offer_notification(p_hold_id integer, p_payload varchar, p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_hold number_hold%ROWTYPE;
  v_mobile varchar;
  v_mobile_masked varchar;
  v_delivery varchar;
  v_count integer := 0;
  v_n integer;
BEGIN
  SELECT * INTO v_hold FROM number_hold WHERE id = p_hold_id;
  SELECT CASE WHEN v_hold.mobile_cipher IS NOT NULL THEN v_hold.mobile_cipher ELSE p.mobile_cipher END,
         CASE WHEN v_hold.mobile_cipher IS NOT NULL THEN v_hold.mobile_masked ELSE p.mobile_masked END
    INTO v_mobile, v_mobile_masked
    FROM patient p WHERE p.id = v_hold.patient_id;
  IF v_mobile IS NOT NULL THEN
    INSERT INTO notification (kind, channel, patient_id, partner_id, recipient_cipher, recipient_masked, payload,
                              next_attempt_at, dedupe_key, created_at, updated_at)
    VALUES ('WAITLIST_OFFER', 'SMS', v_hold.patient_id, v_hold.partner_id, v_mobile, v_mobile_masked, p_payload,
            p_now, concat('WAITLIST_OFFER:SMS:hold:', p_hold_id), p_now, p_now)
    ON CONFLICT ON CONSTRAINT notification_dedupe DO NOTHING;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_count := v_count + v_n;
  END IF;
  v_delivery := CASE v_hold.channel WHEN 'WECHAT' THEN 'WECHAT' WHEN 'APP' THEN 'APP_PUSH'
                                    WHEN 'WEB' THEN 'PARTNER_CALLBACK' WHEN 'THIRD_PARTY' THEN 'PARTNER_CALLBACK'
                                    WHEN 'COMMUNITY' THEN 'PARTNER_CALLBACK' END;
  IF v_delivery IS NOT NULL AND v_hold.partner_id IS NOT NULL
     AND ((v_delivery = 'PARTNER_CALLBACK' AND v_hold.partner_callback)
          OR (v_delivery <> 'PARTNER_CALLBACK' AND v_hold.notify_to IS NOT NULL)) THEN
    INSERT INTO notification (kind, channel, patient_id, partner_id, notify_to, payload, next_attempt_at, dedupe_key,
                              created_at, updated_at)
    VALUES ('WAITLIST_OFFER', v_delivery, v_hold.patient_id, v_hold.partner_id, v_hold.notify_to, p_payload, p_now,
            concat('WAITLIST_OFFER:', v_delivery, ':hold:', p_hold_id), p_now, p_now)
    ON CONFLICT ON CONSTRAINT notification_dedupe DO NOTHING;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    v_count := v_count + v_n;
  END IF;
  RETURN v_count;
END
$$;

-- What a message says about an offer: the number, its time, the doctor and until when it is held
-- (instants in UTC; booking-core shows them in hospital time). One level deep, flat.
DROP FUNCTION IF EXISTS offer_payload;
CREATE FUNCTION offer_payload(p_hold_id integer) RETURNS varchar
LANGUAGE sql STABLE AS $$
  SELECT json_build_object(
           'offerHoldId', h.id, 'offerEntryId', h.waitlist_entry_id, 'offerSessionId', h.session_id,
           'offerVisitNo', h.visit_no,
           'offerStartsAt', to_char(sl.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'offerExpiresAt', to_char(h.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'offerDepartment', dep.name, 'offerDoctor', doc.name, 'offerDoctorTitle', doc.title)::text
    FROM number_hold h JOIN slot sl ON sl.id = h.slot_id JOIN clinic_session s ON s.id = h.session_id
    JOIN department dep ON dep.id = s.department_id JOIN doctor doc ON doc.id = s.doctor_id
   WHERE h.id = p_hold_id
$$;

-- Makes the offer of a (locked, free) number to a waitlist entry (locked, WAITING): a hold for the
-- entry's patient until p_now + waitlist_offer_minutes. The number itself stays out of every claim
-- for rerelease_delay_max_minutes more, so an offer that lapses while the sweeper is late never
-- frees it at a moment someone could time; the sweeper passes it on (pass_on_offer). Returns the hold.
DROP FUNCTION IF EXISTS make_offer;
CREATE FUNCTION make_offer(p_entry_id integer, p_slot_id integer, p_freed_id integer, p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_entry waitlist_entry%ROWTYPE;
  v_seq_no smallint;
  v_hold_id integer;
  v_expires timestamptz;
BEGIN
  SELECT * INTO v_entry FROM waitlist_entry WHERE id = p_entry_id;
  SELECT seq_no INTO v_seq_no FROM slot WHERE id = p_slot_id;
  v_expires := p_now + make_interval(mins => setting_int('waitlist_offer_minutes'));
  INSERT INTO number_hold (patient_id, document_id, session_id, slot_id, visit_no, channel, partner_id, notify_to,
                           partner_callback, mobile_masked, mobile_cipher, mobile_digest, status, held_at, held_by,
                           expires_at, updated_at, waitlist_entry_id, freed_number_id)
  VALUES (v_entry.patient_id, v_entry.document_id, v_entry.session_id, p_slot_id, v_seq_no, v_entry.channel,
          v_entry.partner_id, v_entry.notify_to, v_entry.partner_callback, v_entry.mobile_masked,
          v_entry.mobile_cipher, v_entry.mobile_digest, 'HELD', p_now, 'waitlist', v_expires, p_now, p_entry_id,
          p_freed_id)
  RETURNING id INTO v_hold_id;
  UPDATE slot SET hold_id = v_hold_id,
                  held_until = v_expires + make_interval(mins => setting_int('rerelease_delay_max_minutes'))
   WHERE id = p_slot_id;
  UPDATE waitlist_entry SET status = 'OFFERED', hold_id = v_hold_id, updated_at = p_now WHERE id = p_entry_id;
  UPDATE freed_number SET offers = offers + 1 WHERE id = p_freed_id;
  RETURN v_hold_id;
END
$$;

-- Offers a freed number (its slot locked and free) to the first patient waiting for its session
-- who may still take it (not blacklisted, no live appointment or hold in the session: such an
-- entry is CLOSED and the next one asked). The limits are checked again when they accept.
-- Returns the offer's hold, or NULL when nobody waits.
DROP FUNCTION IF EXISTS offer_to_next;
CREATE FUNCTION offer_to_next(p_slot_id integer, p_freed_id integer, p_now timestamptz)
RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  v_session_id integer;
  v_entry waitlist_entry%ROWTYPE;
  v_hold_id integer;
BEGIN
  SELECT session_id INTO v_session_id FROM slot WHERE id = p_slot_id;
  LOOP
    SELECT * INTO v_entry FROM waitlist_entry w
     WHERE w.session_id = v_session_id AND w.status = 'WAITING'
     ORDER BY w.priority DESC, w.joined_at, w.id
     LIMIT 1
       FOR UPDATE SKIP LOCKED;
    EXIT WHEN NOT FOUND;
    IF EXISTS (SELECT 1 FROM blacklist_entry b
                WHERE b.patient_id = v_entry.patient_id AND b.lifted_at IS NULL AND b.starts_at <= p_now
                  AND b.ends_at > p_now)
       OR EXISTS (SELECT 1 FROM appointment a
                   WHERE a.patient_id = v_entry.patient_id AND a.session_id = v_session_id
                     AND a.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED'))
       OR EXISTS (SELECT 1 FROM number_hold h
                   WHERE h.patient_id = v_entry.patient_id AND h.session_id = v_session_id AND h.status = 'HELD'
                     AND h.expires_at > p_now) THEN
      UPDATE waitlist_entry SET status = 'CLOSED', ended_at = p_now, updated_at = p_now WHERE id = v_entry.id;
      CONTINUE;
    END IF;
    v_hold_id := make_offer(v_entry.id, p_slot_id, p_freed_id, p_now);
    PERFORM enqueue_offer_notification(v_hold_id, offer_payload(v_hold_id), p_now);
    RETURN v_hold_id;
  END LOOP;
  RETURN NULL;
END
$$;

-- Where a freed number nobody waiting took goes (decision 029): freed within onsite_reserve_minutes
-- of its session's start, to the on-site reserve (R4); else back to the pool after a random delay
-- between rerelease_delay_min_minutes and rerelease_delay_max_minutes, drawn here from p_now
-- (booking-core's clock), to the second, so a cancel-and-rebook hand-off cannot be timed.
-- p_delay false: the number has been claimable already (a plain hold that lapsed, decision 023).
DROP FUNCTION IF EXISTS settle_freed_number;
CREATE FUNCTION settle_freed_number(p_slot_id integer, p_freed_id integer, p_delay boolean, p_now timestamptz)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_session_start timestamptz;
  v_min integer := setting_int('rerelease_delay_min_minutes') * 60;
  v_max integer := setting_int('rerelease_delay_max_minutes') * 60;
  v_until timestamptz;
BEGIN
  SELECT s.starts_at INTO v_session_start FROM slot sl JOIN clinic_session s ON s.id = sl.session_id
   WHERE sl.id = p_slot_id;
  IF p_now >= v_session_start - make_interval(mins => setting_int('onsite_reserve_minutes')) THEN
    UPDATE slot SET reserve = 'ON_SITE', hold_id = NULL, held_until = NULL WHERE id = p_slot_id;
    UPDATE freed_number SET outcome = 'ON_SITE', decided_at = p_now WHERE id = p_freed_id;
  ELSE
    v_until := CASE WHEN p_delay
                    THEN p_now + make_interval(secs => v_min + floor(random() * (GREATEST(v_max - v_min, 0) + 1)))
                    ELSE p_now END;
    UPDATE slot SET hold_id = NULL, held_until = CASE WHEN p_delay THEN v_until END WHERE id = p_slot_id;
    UPDATE freed_number SET outcome = 'POOL', released_at = v_until, decided_at = p_now WHERE id = p_freed_id;
  END IF;
END
$$;

-- A number has just been freed (its slot locked by the caller, with no appointment and no live
-- hold left on it): recorded (R17), then offered down the session's waitlist, or settled. A number
-- of the on-site reserve, one whose time has come, or one of a session no longer open stays as it is.
DROP FUNCTION IF EXISTS route_freed_number;
CREATE FUNCTION route_freed_number(p_slot_id integer, p_cause varchar, p_now timestamptz)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_session_id integer;
  v_freed_id integer;
BEGIN
  SELECT sl.session_id INTO v_session_id
    FROM slot sl JOIN clinic_session s ON s.id = sl.session_id
   WHERE sl.id = p_slot_id AND sl.appointment_id IS NULL AND NOT sl.withdrawn AND sl.reserve IS NULL
     AND sl.starts_at > p_now AND s.status = 'OPEN';
  IF NOT FOUND THEN
    RETURN;
  END IF;
  INSERT INTO freed_number (slot_id, session_id, cause, freed_at, outcome)
  VALUES (p_slot_id, v_session_id, p_cause, p_now, 'OFFERED')
  RETURNING id INTO v_freed_id;
  IF offer_to_next(p_slot_id, v_freed_id, p_now) IS NULL THEN
    PERFORM settle_freed_number(p_slot_id, v_freed_id, p_cause <> 'HOLD_EXPIRED', p_now);
  END IF;
END
$$;

-- An offer ended without a booking (declined, lapsed, or its patient left): its number, if the
-- offer still has it, goes to the next patient waiting, or is settled.
DROP FUNCTION IF EXISTS pass_on_offer;
CREATE FUNCTION pass_on_offer(p_hold_id integer, p_now timestamptz)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_slot_id integer;
  v_freed_id integer;
  v_open boolean;
BEGIN
  SELECT sl.id, h.freed_number_id, (s.status = 'OPEN' AND sl.starts_at > p_now)
    INTO v_slot_id, v_freed_id, v_open
    FROM number_hold h JOIN slot sl ON sl.id = h.slot_id JOIN clinic_session s ON s.id = sl.session_id
   WHERE h.id = p_hold_id AND sl.hold_id = p_hold_id AND sl.appointment_id IS NULL
     FOR UPDATE OF sl;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  UPDATE slot SET hold_id = NULL, held_until = NULL WHERE id = v_slot_id;
  IF NOT v_open THEN
    RETURN;
  END IF;
  IF v_freed_id IS NULL THEN
    -- A priority offer after a suspension (R14): the number was free before; its passing on is a freeing.
    INSERT INTO freed_number (slot_id, session_id, cause, freed_at, outcome)
    SELECT v_slot_id, sl.session_id, 'SUSPENSION', p_now, 'OFFERED' FROM slot sl WHERE sl.id = v_slot_id
    RETURNING id INTO v_freed_id;
  END IF;
  IF offer_to_next(v_slot_id, v_freed_id, p_now) IS NULL THEN
    PERFORM settle_freed_number(v_slot_id, v_freed_id, true, p_now);
  END IF;
END
$$;

-- Called by confirm_hold once an offer became an appointment: the entry is BOOKED and the freed
-- number counted as gone to the waitlist (R17).
DROP FUNCTION IF EXISTS settle_accepted_offer;
CREATE FUNCTION settle_accepted_offer(p_hold_id integer, p_now timestamptz)
RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE waitlist_entry SET status = 'BOOKED', ended_at = p_now, updated_at = p_now
   WHERE hold_id = p_hold_id AND status = 'OFFERED';
  UPDATE freed_number SET outcome = 'WAITLIST', decided_at = p_now
   WHERE id = (SELECT freed_number_id FROM number_hold WHERE id = p_hold_id);
END
$$;

-- Called by release_hold and expire_holds for a hold that has just ended (locked by them): an
-- offer's entry is DECLINED (released) or EXPIRED (lapsed) and its number passed on; a plain
-- hold's number, if no one took it meanwhile, is a freed number like a cancelled one.
DROP FUNCTION IF EXISTS after_hold_ended;
CREATE FUNCTION after_hold_ended(p_hold_id integer, p_ending varchar, p_now timestamptz)
RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  v_entry_id integer;
  v_slot_id integer;
BEGIN
  SELECT waitlist_entry_id, slot_id INTO v_entry_id, v_slot_id FROM number_hold WHERE id = p_hold_id;
  IF v_entry_id IS NOT NULL THEN
    UPDATE waitlist_entry
       SET status = CASE WHEN p_ending = 'EXPIRED' THEN 'EXPIRED' ELSE 'DECLINED' END, ended_at = p_now,
           updated_at = p_now
     WHERE id = v_entry_id AND status = 'OFFERED' AND hold_id = p_hold_id;
    PERFORM pass_on_offer(p_hold_id, p_now);
    RETURN;
  END IF;
  PERFORM 1 FROM slot WHERE id = v_slot_id AND hold_id = p_hold_id AND appointment_id IS NULL FOR UPDATE;
  IF FOUND THEN
    UPDATE slot SET hold_id = NULL, held_until = NULL WHERE id = v_slot_id;
    PERFORM route_freed_number(v_slot_id, CASE WHEN p_ending = 'EXPIRED' THEN 'HOLD_EXPIRED' ELSE 'HOLD_RELEASED' END,
                               p_now);
  END IF;
END
$$;

-- R5: a patient joins the line of a FULL session, by real name (R6), through any channel (R7),
-- under booking's rules: the session open and released, not blacklisted (R15), no live appointment
-- or hold there, within the per-patient limits. A session with a number free for the caller's
-- channel is WAITLIST_NOT_FULL (book it instead); a second live entry is WAITLIST_DUPLICATE.
DROP FUNCTION IF EXISTS join_waitlist;
CREATE FUNCTION join_waitlist(
  p_session_id integer, p_channel varchar, p_partner_id varchar, p_patient_name varchar, p_document_type varchar,
  p_document_digest varchar, p_document_masked varchar, p_document_cipher varchar, p_mobile_digest varchar,
  p_mobile_masked varchar, p_mobile_cipher varchar, p_notify_to varchar, p_partner_callback boolean,
  p_tz varchar, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF waitlist_view
LANGUAGE plpgsql AS $$
DECLARE
  v_session clinic_session%ROWTYPE;
  v_in_person boolean;
  v_patient_id integer;
  v_document_id integer;
  v_entry_id integer;
BEGIN
  IF NOT is_known_channel(p_channel) THEN
    RAISE EXCEPTION 'VALIDATION_FAILED:channel';
  END IF;
  SELECT * INTO v_session FROM clinic_session s WHERE s.id = p_session_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'SESSION_NOT_FOUND';
  END IF;
  IF v_session.status = 'SUSPENDED' THEN
    RAISE EXCEPTION 'SESSION_SUSPENDED';
  END IF;
  IF p_now < v_session.release_at THEN
    RAISE EXCEPTION 'SESSION_NOT_OPEN:opens at %', to_char(v_session.release_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  END IF;
  IF v_session.status <> 'OPEN' OR p_now >= v_session.ends_at THEN
    RAISE EXCEPTION 'SESSION_NOT_OPEN:session is over';
  END IF;
  -- The same free-number test as bookable_session's SESSION_FULL.
  v_in_person := is_in_person_channel(p_channel) AND v_session.session_date = (p_now AT TIME ZONE p_tz)::date;
  IF EXISTS (SELECT 1 FROM slot sl
              WHERE sl.session_id = v_session.id AND sl.appointment_id IS NULL AND NOT sl.withdrawn
                AND (sl.held_until IS NULL OR sl.held_until <= p_now)
                AND sl.starts_at > p_now AND (sl.reserve IS NULL OR v_in_person)) THEN
    RAISE EXCEPTION 'WAITLIST_NOT_FULL:the session has a free number, book it';
  END IF;

  SELECT r.patient_id, r.document_id INTO v_patient_id, v_document_id
    FROM resolve_patient(p_patient_name, p_document_type, p_document_digest, p_document_masked, p_document_cipher,
                         p_mobile_digest, p_mobile_masked, p_mobile_cipher, p_now) r;
  IF EXISTS (SELECT 1 FROM waitlist_entry w
              WHERE w.session_id = v_session.id AND w.patient_id = v_patient_id
                AND w.status IN ('WAITING', 'OFFERED')) THEN
    RAISE EXCEPTION 'WAITLIST_DUPLICATE';
  END IF;
  PERFORM check_patient_may_book(v_patient_id, v_session.id, NULL, p_now);

  INSERT INTO waitlist_entry (session_id, patient_id, document_id, channel, partner_id, notify_to, partner_callback,
                              mobile_masked, mobile_cipher, mobile_digest, priority, status, joined_at, joined_by,
                              updated_at)
  VALUES (v_session.id, v_patient_id, v_document_id, p_channel, p_partner_id, p_notify_to,
          COALESCE(p_partner_callback, false), p_mobile_masked, p_mobile_cipher, p_mobile_digest, 0, 'WAITING', p_now,
          COALESCE(p_operator, p_actor), p_now)
  RETURNING id INTO v_entry_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'JOIN_WAITLIST', 'waitlist_entry', CAST(v_entry_id AS varchar), 'OK',
                      json_build_object('channel', p_channel, 'partner', p_partner_id, 'session', v_session.id)::text);
  RETURN QUERY SELECT * FROM waitlist_view WHERE id = v_entry_id;
END
$$;

-- A patient leaves the line at any time; a live offer of theirs is declined and passed on. Leaving
-- again returns the entry (a retry); an entry that ended otherwise is WAITLIST_ENTRY_NOT_ACTIVE.
-- p_partner_id scopes a partner to its own entries (WAITLIST_ENTRY_NOT_FOUND).
DROP FUNCTION IF EXISTS leave_waitlist;
CREATE FUNCTION leave_waitlist(p_entry_id integer, p_partner_id varchar, p_actor varchar, p_operator varchar,
                               p_now timestamptz)
RETURNS SETOF waitlist_view
LANGUAGE plpgsql AS $$
DECLARE
  v_entry waitlist_entry%ROWTYPE;
BEGIN
  SELECT * INTO v_entry FROM waitlist_entry WHERE id = p_entry_id;
  IF NOT FOUND OR (p_partner_id IS NOT NULL AND v_entry.partner_id IS DISTINCT FROM p_partner_id) THEN
    RAISE EXCEPTION 'WAITLIST_ENTRY_NOT_FOUND';
  END IF;
  -- The hold first, then the entry (the lock order of release_hold and the sweeper).
  IF v_entry.hold_id IS NOT NULL THEN
    PERFORM 1 FROM number_hold WHERE id = v_entry.hold_id FOR UPDATE;
  END IF;
  SELECT * INTO v_entry FROM waitlist_entry WHERE id = p_entry_id FOR UPDATE;
  IF v_entry.status = 'LEFT' THEN
    RETURN QUERY SELECT * FROM waitlist_view WHERE id = p_entry_id;
    RETURN;
  END IF;
  IF v_entry.status NOT IN ('WAITING', 'OFFERED') THEN
    RAISE EXCEPTION 'WAITLIST_ENTRY_NOT_ACTIVE:the entry is %', v_entry.status;
  END IF;
  UPDATE waitlist_entry SET status = 'LEFT', ended_at = p_now, updated_at = p_now WHERE id = p_entry_id;
  IF v_entry.status = 'OFFERED' THEN
    UPDATE number_hold
       SET status = CASE WHEN expires_at <= p_now THEN 'EXPIRED' ELSE 'RELEASED' END,
           ended_at = CASE WHEN expires_at <= p_now THEN expires_at ELSE p_now END, updated_at = p_now
     WHERE id = v_entry.hold_id AND status = 'HELD';
    PERFORM pass_on_offer(v_entry.hold_id, p_now);
  END IF;
  PERFORM write_audit(p_now, p_actor, p_operator, 'LEAVE_WAITLIST', 'waitlist_entry', CAST(p_entry_id AS varchar), 'OK',
                      json_build_object('partner', p_partner_id)::text);
  RETURN QUERY SELECT * FROM waitlist_view WHERE id = p_entry_id;
END
$$;

-- R14: after a suspension, the patient of a cancelled appointment (locked by suspend_session) is
-- offered a number of the same doctor's next open session, else of a same-title doctor's in the
-- same department (earliest first), held for waitlist_offer_minutes, at the head of that session's
-- line (priority 1). When none of those sessions has a free number, they wait at the head of the
-- first one's line. Returns what the one suspension message adds (offer or waitlist), as JSON.
DROP FUNCTION IF EXISTS rebook_after_suspension;
CREATE FUNCTION rebook_after_suspension(p_appointment_id integer, p_now timestamptz)
RETURNS varchar
LANGUAGE plpgsql AS $$
DECLARE
  v_a appointment%ROWTYPE;
  v_from clinic_session%ROWTYPE;
  v_title varchar;
  v_candidate integer;
  v_first integer;
  v_slot_id integer;
  v_entry_id integer;
  v_hold_id integer;
BEGIN
  SELECT * INTO v_a FROM appointment WHERE id = p_appointment_id;
  SELECT * INTO v_from FROM clinic_session WHERE id = v_a.session_id;
  SELECT title INTO v_title FROM doctor WHERE id = v_from.doctor_id;
  FOR v_candidate IN
    SELECT s.id FROM clinic_session s JOIN doctor d ON d.id = s.doctor_id
     WHERE s.id <> v_from.id AND s.status = 'OPEN' AND s.release_at <= p_now AND s.starts_at > p_now
       AND (s.doctor_id = v_from.doctor_id OR (s.department_id = v_from.department_id AND d.title = v_title))
       AND NOT EXISTS (SELECT 1 FROM appointment o
                        WHERE o.patient_id = v_a.patient_id AND o.session_id = s.id
                          AND o.status IN ('BOOKED', 'CHECKED_IN', 'CALLED', 'REGISTERED'))
       AND NOT EXISTS (SELECT 1 FROM waitlist_entry w
                        WHERE w.patient_id = v_a.patient_id AND w.session_id = s.id
                          AND w.status IN ('WAITING', 'OFFERED'))
     ORDER BY CASE WHEN s.doctor_id = v_from.doctor_id THEN 0 ELSE 1 END, s.starts_at, s.id
     LIMIT 20
     -- Held open like a booking's session; one being suspended at this moment is passed over
     -- (two suspensions rebooking into each other's sessions never wait on each other).
       FOR KEY SHARE OF s SKIP LOCKED
  LOOP
    v_first := COALESCE(v_first, v_candidate);
    SELECT sl.id INTO v_slot_id FROM slot sl
     WHERE sl.session_id = v_candidate AND sl.appointment_id IS NULL AND NOT sl.withdrawn
       AND (sl.held_until IS NULL OR sl.held_until <= p_now) AND sl.starts_at > p_now AND sl.reserve IS NULL
     ORDER BY sl.seq_no
     LIMIT 1
       FOR UPDATE SKIP LOCKED;
    IF FOUND THEN
      INSERT INTO waitlist_entry (session_id, patient_id, document_id, channel, partner_id, notify_to,
                                  partner_callback, mobile_masked, mobile_cipher, mobile_digest, priority, status,
                                  joined_at, joined_by, rebooked_from, updated_at)
      VALUES (v_candidate, v_a.patient_id, v_a.document_id, v_a.channel, v_a.partner_id, v_a.notify_to,
              v_a.partner_callback, v_a.mobile_masked, v_a.mobile_cipher, v_a.mobile_digest, 1, 'WAITING', p_now,
              'suspension', p_appointment_id, p_now)
      RETURNING id INTO v_entry_id;
      v_hold_id := make_offer(v_entry_id, v_slot_id, NULL, p_now);
      RETURN offer_payload(v_hold_id);
    END IF;
  END LOOP;
  IF v_first IS NULL THEN
    RETURN '{}';
  END IF;
  INSERT INTO waitlist_entry (session_id, patient_id, document_id, channel, partner_id, notify_to, partner_callback,
                              mobile_masked, mobile_cipher, mobile_digest, priority, status, joined_at, joined_by,
                              rebooked_from, updated_at)
  VALUES (v_first, v_a.patient_id, v_a.document_id, v_a.channel, v_a.partner_id, v_a.notify_to, v_a.partner_callback,
          v_a.mobile_masked, v_a.mobile_cipher, v_a.mobile_digest, 1, 'WAITING', p_now, 'suspension',
          p_appointment_id, p_now)
  RETURNING id INTO v_entry_id;
  RETURN json_build_object('waitlistEntryId', v_entry_id, 'waitlistSessionId', v_first)::text;
END
$$;

-- R17: where the numbers freed between p_from and p_to (hospital days, inclusive) went.
DROP FUNCTION IF EXISTS freed_numbers_report;
CREATE FUNCTION freed_numbers_report(p_from date, p_to date, p_tz varchar)
RETURNS TABLE (day varchar, freed integer, to_waitlist integer, to_pool integer, to_on_site integer, offered integer)
LANGUAGE sql STABLE AS $$
  SELECT to_char((f.freed_at AT TIME ZONE p_tz)::date, 'YYYY-MM-DD'),
         CAST(count(*) AS integer),
         CAST(count(*) FILTER (WHERE f.outcome = 'WAITLIST') AS integer),
         CAST(count(*) FILTER (WHERE f.outcome = 'POOL') AS integer),
         CAST(count(*) FILTER (WHERE f.outcome = 'ON_SITE') AS integer),
         CAST(count(*) FILTER (WHERE f.outcome = 'OFFERED') AS integer)
    FROM freed_number f
   WHERE f.freed_at >= (CAST(p_from AS timestamp) AT TIME ZONE p_tz)
     AND f.freed_at < (CAST(p_to + 1 AS timestamp) AT TIME ZONE p_tz)
   GROUP BY (f.freed_at AT TIME ZONE p_tz)::date
   ORDER BY 1
$$;
