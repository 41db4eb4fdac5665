import { Injectable } from '@nestjs/common';
import { SqlClient } from '../database/sql-client';
import type { Actor } from '../shared/actor';

export interface BlacklistRow {
  id: number;
  patient_id: number;
  patient_name: string;
  reason: string;
  starts_at: Date;
  ends_at: Date;
  created_by: string;
  lifted_at: Date | null;
  lifted_by: string | null;
  lift_reason: string | null;
}

const SELECT = `SELECT b.id, b.patient_id, p.name AS patient_name, b.reason, b.starts_at, b.ends_at, b.created_by,
                       b.lifted_at, b.lifted_by, b.lift_reason
                  FROM blacklist_entry b JOIN patient p ON p.id = b.patient_id`;

@Injectable()
export class BlacklistRepository {
  constructor(private readonly sql: SqlClient) {}

  /** Entries in force now (or every entry), newest first. */
  list(activeOnly: boolean, now: Date): Promise<BlacklistRow[]> {
    return this.sql.query<BlacklistRow>(
      `${SELECT}
        WHERE (:activeOnly = 0 OR (b.lifted_at IS NULL AND b.starts_at <= :now AND b.ends_at > :now))
        ORDER BY b.id DESC`,
      { activeOnly: activeOnly ? 1 : 0, now },
    );
  }

  async find(id: number): Promise<BlacklistRow | null> {
    const rows = await this.sql.query<BlacklistRow>(`${SELECT} WHERE b.id = :id`, { id });
    return rows[0] ?? null;
  }

  async lift(id: number, reason: string, actor: Actor): Promise<BlacklistRow> {
    await this.sql.call('lift_blacklist_entry', { entry_id: id, reason, ...actor });
    return (await this.find(id)) as BlacklistRow;
  }
}
