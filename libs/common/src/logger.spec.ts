import { AppLogger } from './logger';
import { requestContext } from './request-context';

const ID = '11010519491231002X';
const MOBILE = '13812345678';

describe('AppLogger (pino)', () => {
  const lines: string[] = [];
  const logger = new AppLogger('test-app', 'log', (line) => lines.push(line));
  const parsed = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  beforeEach(() => lines.splice(0));

  it('writes one JSON object per line with the time, the app, the level and the request id', () => {
    requestContext.run({ requestId: 'req-12345678' }, () => logger.event('log', 'request', { status: 201 }));
    logger.warn({ msg: 'claim failed', error: 'timeout' }, 'Dispatcher');
    expect(parsed()).toEqual([
      expect.objectContaining({
        level: 'info',
        app: 'test-app',
        requestId: 'req-12345678',
        msg: 'request',
        status: 201,
      }),
      expect.objectContaining({
        level: 'warn',
        context: 'Dispatcher',
        msg: 'claim failed',
        error: 'timeout',
      }),
    ]);
    expect(parsed()[0].time).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/));
  });

  it('masks a national ID or mobile number wherever it is in a line (STYLE 10)', () => {
    logger.log(`patient ${ID} rang from ${MOBILE}`);
    logger.error(new Error(`no patient ${ID}`));
    logger.event('warn', 'refused', { [MOBILE]: ID, nested: { documentNo: ID, note: `+86 ${MOBILE}` } });
    const text = lines.join('\n');
    expect(lines).toHaveLength(3);
    expect(text).not.toContain(ID);
    expect(text).not.toContain(MOBILE);
    expect(text).toContain('110***********002X');
    expect(text).toContain('138****5678');
    expect(parsed()[1]).toMatchObject({ level: 'error', msg: 'no patient 110***********002X' });
  });

  it('keeps to its level, demotes Nest start-up chatter to debug, and feeds the test sinks', () => {
    const quiet = new AppLogger('quiet', 'warn', (line) => lines.push(line));
    const seen: string[] = [];
    const stop = AppLogger.addSink((line) => seen.push(line));
    quiet.log('not shown');
    quiet.debug('not shown either');
    logger.log('AppModule dependencies initialized', 'InstanceLoader');
    quiet.error('shown');
    stop();
    quiet.error('after the sink stopped');
    expect(parsed().map((l) => l.msg)).toEqual(['shown', 'after the sink stopped']);
    expect(seen.map((l) => JSON.parse(l).msg)).toEqual(['shown']);
  });
});
