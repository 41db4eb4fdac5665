import {
  createClinic,
  generate,
  http,
  sessionOf,
  spawnGateway,
  startCore,
  testPartners,
  testPatient,
  type CoreHarness,
  TEMPLATES_FROM,
} from '@test/support';
import { ProviderSimulator } from '../../apps/provider-simulator/src/provider-simulator';

/**
 * A dispatcher killed with SIGKILL mid-batch: nothing is lost. Messages it sent but never
 * acknowledged are sent again when their lease expires — the documented "at most once more".
 */

// Load and crash tests: generous on a busy machine; they assert outcomes, never durations.
jest.setTimeout(180_000);
describe('a gateway killed while dispatching (R8)', () => {
  let core: CoreHarness;
  let sim: ProviderSimulator;
  let simUrl: string;

  beforeAll(async () => {
    core = await startCore();
    await http(core.url, 'PUT', '/v1/test/clock', {
      auth: core.auth('admin'),
      body: { now: '2026-12-01T09:00:00+08:00', frozen: false },
    });
    // A slow SMS gateway, so that the kill lands while messages are in flight.
    sim = new ProviderSimulator({ latencyMs: 250 });
    simUrl = await sim.listen();
  });
  afterAll(async () => {
    await sim?.close();
    await core?.close();
  });

  it('ends with every notification SENT, none lost, none sent more than twice', async () => {
    const c = await createClinic(core, { weekday: 5, numberCount: 30, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    const session = await sessionOf(core, c.doctorId, '2026-12-04');
    for (let i = 0; i < 24; i++) {
      const r = await http(core.url, 'POST', '/v1/appointments', {
        auth: core.auth('agent'),
        body: { channel: 'PHONE', sessionId: session.id, patient: testPatient(i, 15) },
      });
      expect(r.status).toBe(201);
    }
    const env = {
      DISPATCHER: 'true',
      DISPATCH_INTERVAL_MS: '50',
      DISPATCH_BATCH: '8',
      DISPATCH_CONCURRENCY: '4',
      DISPATCH_LEASE_SECONDS: '5',
      DISPATCH_BACKOFF_BASE_MS: '50',
      SMS_URL: `${simUrl}/sms/send`,
      SMS_API_KEY: sim.credentials.smsApiKey,
    };
    const partners = testPartners([{ appId: 'crash-test' }]);
    const first = await spawnGateway(core, partners, env);
    const deadline = Date.now() + 30_000;
    while (sim.of('sms').length < 5 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await first.kill();
    const deliveredBeforeKill = sim.of('sms').length;
    expect(deliveredBeforeKill).toBeGreaterThanOrEqual(5);
    expect(deliveredBeforeKill).toBeLessThan(24);

    const second = await spawnGateway(core, partners, env);
    try {
      const settled = async () => {
        const rows = (await http(core.url, 'GET', '/v1/notifications', { auth: core.auth('admin') }))
          .body as any[];
        return rows.filter((r) => r.kind === 'BOOKING_CONFIRMED');
      };
      let rows = await settled();
      const until = Date.now() + 40_000;
      while (!(rows.length === 24 && rows.every((r) => r.status === 'SENT')) && Date.now() < until) {
        await new Promise((r) => setTimeout(r, 100));
        rows = await settled();
      }
      expect(rows.map((r) => r.status)).toEqual(Array(24).fill('SENT'));
      const counts = rows.map((r) => sim.of('sms').filter((m) => m.outId === r.id).length);
      expect(counts.every((k) => k >= 1 && k <= 2)).toBe(true);
      // Repeats only for what was in flight at the kill (at most one batch).
      expect(counts.filter((k) => k === 2).length).toBeLessThanOrEqual(8);
    } finally {
      await second.stop();
    }
  });
});
