-- Departments, doctors and rooms: upsert by code. Twin: db/mssql/procedures/100_catalog.sql.

DROP FUNCTION IF EXISTS save_department;
CREATE FUNCTION save_department(p_code varchar, p_name varchar, p_description varchar, p_active boolean,
                                p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF department
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  INSERT INTO department (code, name, description, active)
  VALUES (p_code, p_name, p_description, p_active)
  ON CONFLICT (code) DO UPDATE
     SET name = EXCLUDED.name, description = EXCLUDED.description, active = EXCLUDED.active
  RETURNING id INTO v_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'SAVE_DEPARTMENT', 'department', CAST(v_id AS varchar), 'OK',
                      json_build_object('code', p_code, 'name', p_name, 'active', p_active)::text);
  RETURN QUERY SELECT * FROM department WHERE id = v_id;
END
$$;

DROP FUNCTION IF EXISTS save_doctor;
CREATE FUNCTION save_doctor(p_code varchar, p_department_id integer, p_name varchar, p_title varchar,
                            p_specialties varchar, p_active boolean,
                            p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF doctor
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM department WHERE id = p_department_id) THEN
    RAISE EXCEPTION 'DEPARTMENT_NOT_FOUND';
  END IF;
  INSERT INTO doctor (code, department_id, name, title, specialties, active)
  VALUES (p_code, p_department_id, p_name, p_title, p_specialties, p_active)
  ON CONFLICT (code) DO UPDATE
     SET department_id = EXCLUDED.department_id, name = EXCLUDED.name, title = EXCLUDED.title,
         specialties = EXCLUDED.specialties, active = EXCLUDED.active
  RETURNING id INTO v_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'SAVE_DOCTOR', 'doctor', CAST(v_id AS varchar), 'OK',
                      json_build_object('code', p_code, 'title', p_title, 'department', p_department_id,
                                        'active', p_active)::text);
  RETURN QUERY SELECT * FROM doctor WHERE id = v_id;
END
$$;

DROP FUNCTION IF EXISTS save_room;
CREATE FUNCTION save_room(p_code varchar, p_name varchar, p_department_id integer, p_location varchar,
                          p_active boolean, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF room
LANGUAGE plpgsql AS $$
DECLARE
  v_id integer;
BEGIN
  IF p_department_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM department WHERE id = p_department_id) THEN
    RAISE EXCEPTION 'DEPARTMENT_NOT_FOUND';
  END IF;
  INSERT INTO room (code, name, department_id, location, active)
  VALUES (p_code, p_name, p_department_id, p_location, p_active)
  ON CONFLICT (code) DO UPDATE
     SET name = EXCLUDED.name, department_id = EXCLUDED.department_id, location = EXCLUDED.location,
         active = EXCLUDED.active
  RETURNING id INTO v_id;
  PERFORM write_audit(p_now, p_actor, p_operator, 'SAVE_ROOM', 'room', CAST(v_id AS varchar), 'OK',
                      json_build_object('code', p_code, 'name', p_name, 'active', p_active)::text);
  RETURN QUERY SELECT * FROM room WHERE id = v_id;
END
$$;

DROP FUNCTION IF EXISTS save_setting;
CREATE FUNCTION save_setting(p_key varchar, p_value varchar, p_actor varchar, p_operator varchar, p_now timestamptz)
RETURNS SETOF setting
LANGUAGE plpgsql AS $$
DECLARE
  v_old varchar;
BEGIN
  SELECT value INTO v_old FROM setting WHERE name = p_key FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'SETTING_NOT_FOUND';
  END IF;
  -- Values are checked by the application (it knows each setting's type and range); the
  -- database still refuses anything that would break the procedures that read it.
  IF p_key IN ('release_time', 'generation_time', 'reminder_time') THEN
    IF p_value !~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' THEN RAISE EXCEPTION 'INVALID_SETTING'; END IF;
  ELSIF p_value !~ '^[0-9]{1,6}$' THEN
    RAISE EXCEPTION 'INVALID_SETTING';
  END IF;
  UPDATE setting SET value = p_value, updated_at = p_now WHERE name = p_key;
  PERFORM write_audit(p_now, p_actor, p_operator, 'SAVE_SETTING', 'setting', p_key, 'OK',
                      json_build_object('from', v_old, 'to', p_value)::text);
  RETURN QUERY SELECT * FROM setting WHERE name = p_key;
END
$$;
