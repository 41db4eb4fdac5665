import type { CatalogRoutine, TsqlCatalog } from '../tsql/analyse';
import { compareTwins } from './parity';
import { type PgCatalog, type PgRoutine, readPgCatalog } from './pg-catalog';

/** A twin pair that matches: one procedure the application calls, one helper, one view. */
function twins(): { pg: PgCatalog; ms: TsqlCatalog } {
  const pg: PgCatalog = {
    routines: new Map<string, PgRoutine>([
      [
        'cancel_appointment',
        {
          params: ['p_appointment_id', 'p_reason', 'p_now'],
          result: { kind: 'columns', columns: ['id', 'status'] },
          raised: new Map([
            ['APPOINTMENT_NOT_FOUND', ['APPOINTMENT_NOT_FOUND']],
            ['CANCEL_NOT_ALLOWED', ['CANCEL_NOT_ALLOWED:status is %']],
          ]),
        },
      ],
      [
        'enqueue_notification',
        { params: ['p_appointment_id'], result: { kind: 'scalar', type: 'integer' }, raised: new Map() },
      ],
    ]),
    views: new Map([['appointment_view', ['id', 'status']]]),
  };
  const routine = (r: Partial<CatalogRoutine>): CatalogRoutine => ({
    kind: 'procedure',
    where: 'db/mssql/x.sql:1',
    params: [],
    result: null,
    raised: new Map(),
    untraced: false,
    ...r,
  });
  const ms: TsqlCatalog = {
    routines: new Map([
      [
        'cancel_appointment',
        routine({
          params: [
            { name: 'p_appointment_id', output: false },
            { name: 'p_reason', output: false },
            { name: 'p_now', output: false },
          ],
          result: ['id', 'status'],
          raised: new Map([
            ['APPOINTMENT_NOT_FOUND', ['APPOINTMENT_NOT_FOUND']],
            ['CANCEL_NOT_ALLOWED', ['CANCEL_NOT_ALLOWED:status is ']],
            ['CONFLICT', ['CONFLICT:appointment lock not granted']],
            ['VALIDATION_FAILED', ['VALIDATION_FAILED:reason']],
            ['DEADLINE_EXCEEDED', ['DEADLINE_EXCEEDED:waiting for a lock']],
          ]),
        }),
      ],
      [
        'enqueue_notification',
        routine({
          params: [
            { name: 'p_appointment_id', output: false },
            { name: 'p_count', output: true },
          ],
        }),
      ],
    ]),
    views: new Map([['appointment_view', { columns: ['id', 'status'], where: 'db/mssql/v.sql:1' }]]),
  };
  return { pg, ms };
}

const called = new Set(['cancel_appointment']);

describe('compareTwins (check:procedures beyond names)', () => {
  it('accepts twins that match, with the differences ADR 002 allows', () => {
    const { pg, ms } = twins();
    expect(compareTwins(pg, ms, called)).toEqual([]);
  });

  it('fails on a missing parameter', () => {
    const { pg, ms } = twins();
    ms.routines.get('cancel_appointment')!.params.splice(1, 1);
    expect(compareTwins(pg, ms, called)).toEqual([
      expect.stringMatching(
        /'cancel_appointment'.*parameters differ at position 2: PostgreSQL 'p_reason', T-SQL 'p_now'/,
      ),
    ]);
  });

  it('fails on a result column named differently', () => {
    const { pg, ms } = twins();
    ms.routines.get('cancel_appointment')!.result = ['id', 'state'];
    expect(compareTwins(pg, ms, called)).toEqual([
      expect.stringMatching(/result columns differ at position 2: PostgreSQL 'status', T-SQL 'state'/),
    ]);
  });

  it('fails on a view column named differently', () => {
    const { pg, ms } = twins();
    ms.views.get('appointment_view')!.columns = ['id', 'stat'];
    expect(compareTwins(pg, ms, called)).toEqual([
      expect.stringMatching(/view 'appointment_view'.*'status'.*'stat'/),
    ]);
  });

  it('fails on an error code or text only one twin raises', () => {
    const { pg, ms } = twins();
    ms.routines.get('cancel_appointment')!.raised.delete('APPOINTMENT_NOT_FOUND');
    ms.routines.get('cancel_appointment')!.raised.set('SESSION_FULL', ['SESSION_FULL']);
    ms.routines.get('cancel_appointment')!.raised.set('CANCEL_NOT_ALLOWED', ['CANCEL_NOT_ALLOWED:state is ']);
    expect(compareTwins(pg, ms, called).sort()).toEqual([
      expect.stringMatching(/PostgreSQL can raise APPOINTMENT_NOT_FOUND .*T-SQL cannot/),
      expect.stringMatching(/PostgreSQL raises 'CANCEL_NOT_ALLOWED:status is %', T-SQL has no such/),
      expect.stringMatching(/T-SQL can raise 'CANCEL_NOT_ALLOWED:state is ', PostgreSQL cannot/),
      expect.stringMatching(/T-SQL can raise 'SESSION_FULL', PostgreSQL cannot/),
    ]);
  });

  it('allows OUTPUT parameters only in helpers the application does not call', () => {
    const { pg, ms } = twins();
    expect(compareTwins(pg, ms, new Set(['cancel_appointment', 'enqueue_notification']))).toEqual([
      expect.stringMatching(/'enqueue_notification'.*booking-core calls it/),
    ]);
    ms.routines.get('enqueue_notification')!.result = ['n'];
    expect(compareTwins(pg, ms, called)).toEqual([
      expect.stringMatching(/OUTPUT parameters and also returns a result set/),
    ]);
  });
});

describe('readPgCatalog', () => {
  it('reads parameters, results and codes (through the functions called) from the migrated database', async () => {
    const pg = await readPgCatalog();
    const book = pg.routines.get('book_appointment')!;
    expect(book.params.slice(0, 3)).toEqual(['p_session_id', 'p_slot_id', 'p_channel']);
    expect(book.result).toEqual({ kind: 'columns', columns: pg.views.get('appointment_view') });
    // Its own, and raise_if_session_closed's and resolve_patient's.
    expect(book.raised.get('SESSION_FULL')).toEqual(['SESSION_FULL']);
    expect(book.raised.get('SESSION_NOT_OPEN')).toEqual(
      expect.arrayContaining(['SESSION_NOT_OPEN:opens at %', 'SESSION_NOT_OPEN:session closed']),
    );
    expect(book.raised.has('IDENTITY_MISMATCH')).toBe(true);
    expect(pg.routines.get('write_audit')!.result).toEqual({ kind: 'void' });
    expect(pg.routines.get('setting_int')!.result).toEqual({ kind: 'scalar', type: 'integer' });
    expect(pg.routines.get('suspend_session')!.result).toEqual({
      kind: 'columns',
      columns: ['session_id', 'cancelled', 'notified'],
    });
  }, 120_000);
});
