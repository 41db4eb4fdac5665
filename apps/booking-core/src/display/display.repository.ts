import { Injectable } from '@nestjs/common';
import { SqlClient } from '../database/sql-client';

@Injectable()
export class DisplayRepository {
  constructor(private readonly sql: SqlClient) {}

  /** A room's name and its department's, for the header of its screen. */
  async room(roomId: number): Promise<{ name: string; department_name: string | null } | null> {
    const [row] = await this.sql.query<{ name: string; department_name: string | null }>(
      `SELECT r.name, d.name AS department_name
         FROM room r LEFT JOIN department d ON d.id = r.department_id
        WHERE r.id = :roomId`,
      { roomId },
    );
    return row ?? null;
  }

  async department(departmentId: number): Promise<{ name: string } | null> {
    const [row] = await this.sql.query<{ name: string }>(
      'SELECT name FROM department WHERE id = :departmentId',
      {
        departmentId,
      },
    );
    return row ?? null;
  }
}
