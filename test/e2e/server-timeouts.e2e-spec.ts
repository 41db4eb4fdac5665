import * as net from 'node:net';
import { startCore, startGateway, type CoreHarness, type GatewayHarness } from '@test/support';

interface Outcome {
  /** The server ended the connection (the client never closes it here). */
  closedByServer: boolean;
  /** What the server wrote before closing. */
  answer: string;
  ms: number;
}

/**
 * Opens `count` connections that never complete a request head: half send nothing at all, half
 * start a request and then drip one header line every 2 s (slowloris). Resolves when every one
 * has been closed — by the server, or by the test's own limit.
 */
function holdConnections(base: string, count: number, limitMs: number): Promise<Outcome[]> {
  const { port, hostname } = new URL(base);
  const started = Date.now();
  return Promise.all(
    Array.from(
      { length: count },
      (_, i) =>
        new Promise<Outcome>((resolve) => {
          let answer = '';
          let drip: NodeJS.Timeout | undefined;
          let closedByTest = false;
          const socket = net.connect(Number(port), hostname, () => {
            if (i % 2 === 0) return; // idle: not a byte
            socket.write(`GET /v1/health HTTP/1.1\r\nHost: test\r\n`);
            drip = setInterval(() => socket.writable && socket.write(`X-Slow-${i}: 1\r\n`), 2000);
          });
          const limit = setTimeout(() => {
            closedByTest = true;
            socket.destroy();
          }, limitMs);
          socket.on('data', (d) => (answer += d.toString('utf8')));
          socket.on('error', () => undefined);
          socket.on('close', () => {
            clearInterval(drip);
            clearTimeout(limit);
            resolve({ closedByServer: !closedByTest, answer, ms: Date.now() - started });
          });
        }),
    ),
  );
}

describe('server timeouts close idle and slow-header connections (R20)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;

  beforeAll(async () => {
    core = await startCore();
    gateway = await startGateway(core);
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('closes 1,000 idle or slow-header connections to the gateway and 200 to booking-core within 30 s', async () => {
    const [atGateway, atCore] = await Promise.all([
      holdConnections(gateway.url, 1000, 30_000),
      holdConnections(core.url, 200, 30_000),
    ]);
    for (const outcomes of [atGateway, atCore]) {
      expect(outcomes.filter((o) => !o.closedByServer)).toEqual([]);
      // Each was told why, as problem+json.
      const refused = outcomes.filter(
        (o) => o.answer.startsWith('HTTP/1.1 408') && o.answer.includes('"code":"REQUEST_TIMEOUT"'),
      );
      expect(refused.length).toBe(outcomes.length);
    }
    const slowest = Math.max(...[...atGateway, ...atCore].map((o) => o.ms));
    process.stdout.write(
      `server timeouts: 1,200 connections closed by the servers, the last after ${slowest} ms\n`,
    );
    // The apps still serve.
    expect((await fetch(`${gateway.url}/v1/health`)).status).toBe(200);
  }, 45_000);
});
