import { Injectable } from '@nestjs/common';
import type { DepartmentView, DoctorTitle, DoctorView, RoomView } from '@app/contracts';
import { SqlClient } from '../database/sql-client';
import type { Actor } from '../shared/actor';

interface DoctorRow {
  id: number;
  code: string;
  name: string;
  title: DoctorTitle;
  department_id: number;
  department_name: string;
  specialties: string | null;
}

const splitSpecialties = (s: string | null): string[] =>
  s
    ? s
        .split(/[,，、;]/)
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

const toDoctor = (r: DoctorRow): DoctorView => ({
  id: r.id,
  code: r.code,
  name: r.name,
  title: r.title,
  departmentId: r.department_id,
  departmentName: r.department_name,
  specialties: splitSpecialties(r.specialties),
});

@Injectable()
export class CatalogRepository {
  constructor(private readonly sql: SqlClient) {}

  listDepartments(): Promise<DepartmentView[]> {
    return this.sql.query<DepartmentView>(
      'SELECT id, code, name, description FROM department WHERE active = :active ORDER BY code',
      { active: true },
    );
  }

  async listDoctors(departmentId?: number): Promise<DoctorView[]> {
    const rows = await this.sql.query<DoctorRow>(
      `SELECT d.id, d.code, d.name, d.title, d.department_id, dep.name AS department_name, d.specialties
         FROM doctor d JOIN department dep ON dep.id = d.department_id
        WHERE d.active = :active AND (CAST(:departmentId AS integer) IS NULL OR d.department_id = :departmentId)
        ORDER BY dep.code, d.code`,
      { active: true, departmentId: departmentId ?? null },
    );
    return rows.map(toDoctor);
  }

  async findDoctor(id: number): Promise<DoctorView | null> {
    const rows = await this.sql.query<DoctorRow>(
      `SELECT d.id, d.code, d.name, d.title, d.department_id, dep.name AS department_name, d.specialties
         FROM doctor d JOIN department dep ON dep.id = d.department_id WHERE d.id = :id`,
      { id },
    );
    return rows.length ? toDoctor(rows[0]) : null;
  }

  async findDoctorByCode(code: string): Promise<DoctorView | null> {
    const rows = await this.sql.query<DoctorRow>(
      `SELECT d.id, d.code, d.name, d.title, d.department_id, dep.name AS department_name, d.specialties
         FROM doctor d JOIN department dep ON dep.id = d.department_id WHERE d.code = :code`,
      { code },
    );
    return rows.length ? toDoctor(rows[0]) : null;
  }

  async listRooms(): Promise<RoomView[]> {
    const rows = await this.sql.query<{
      id: number;
      code: string;
      name: string;
      department_id: number | null;
      location: string | null;
    }>('SELECT id, code, name, department_id, location FROM room WHERE active = :active ORDER BY code', {
      active: true,
    });
    return rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      departmentId: r.department_id,
      location: r.location,
    }));
  }

  async saveDepartment(
    d: { code: string; name: string; description?: string | null; active?: boolean },
    by: Actor,
  ): Promise<DepartmentView> {
    const [row] = await this.sql.call('save_department', {
      code: d.code,
      name: d.name,
      description: d.description ?? null,
      active: d.active ?? true,
      ...by,
    });
    return { id: row.id, code: row.code, name: row.name, description: row.description };
  }

  async saveDoctor(
    d: {
      code: string;
      departmentId: number;
      name: string;
      title: DoctorTitle;
      specialties?: string[];
      active?: boolean;
    },
    by: Actor,
  ): Promise<DoctorView> {
    const [row] = await this.sql.call('save_doctor', {
      code: d.code,
      department_id: d.departmentId,
      name: d.name,
      title: d.title,
      specialties: d.specialties?.join(', ') ?? null,
      active: d.active ?? true,
      ...by,
    });
    return (await this.findDoctor(row.id)) as DoctorView;
  }

  async saveRoom(
    r: {
      code: string;
      name: string;
      departmentId?: number | null;
      location?: string | null;
      active?: boolean;
    },
    by: Actor,
  ): Promise<RoomView> {
    const [row] = await this.sql.call('save_room', {
      code: r.code,
      name: r.name,
      department_id: r.departmentId ?? null,
      location: r.location ?? null,
      active: r.active ?? true,
      ...by,
    });
    return {
      id: row.id,
      code: row.code,
      name: row.name,
      departmentId: row.department_id,
      location: row.location,
    };
  }
}
