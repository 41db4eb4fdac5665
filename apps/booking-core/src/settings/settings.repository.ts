import { Injectable } from '@nestjs/common';
import { SqlClient } from '../database/sql-client';
import type { Actor } from '../shared/actor';

export interface SettingRow {
  key: string;
  value: string;
  description: string;
}

@Injectable()
export class SettingsRepository {
  constructor(private readonly sql: SqlClient) {}

  async list(): Promise<SettingRow[]> {
    const rows = await this.sql.query<{ name: string; value: string; description: string }>(
      'SELECT name, value, description FROM setting ORDER BY name',
    );
    return rows.map((r) => ({ key: r.name, value: r.value, description: r.description }));
  }

  async get(key: string): Promise<string | null> {
    const rows = await this.sql.query<{ value: string }>('SELECT value FROM setting WHERE name = :key', {
      key,
    });
    return rows.length ? rows[0].value : null;
  }

  async save(key: string, value: string, by: Actor): Promise<SettingRow> {
    const [row] = await this.sql.call('save_setting', {
      key,
      value,
      ...by,
    });
    return { key: row.name, value: row.value, description: row.description };
  }
}
