import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { signRequest } from '@app/partner-client';
import {
  createClinic,
  generate,
  http,
  sessionOf,
  setClock,
  startCore,
  startGateway,
  testPartners,
  testPatient,
  type CoreHarness,
  type GatewayHarness,
  TEST_FRIDAY,
  TEST_NOW,
  TEMPLATES_FROM,
} from '@test/support';

const SAMPLES = path.resolve(__dirname, '../../docs/samples');

/** The test vector of the partner guides (docs/partner-guide.*.md) and DESIGN §5. */
const VECTOR = 'PjtTjxI4k0FVLB9bjReUYyZuxLhevNrmwFtGEJ6OPPc=';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a sample as a real process. A missing interpreter (java, python3, bash, curl, openssl)
 * fails the test: CI installs them (.ci/run), and a sample that cannot run is not verified.
 */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: SAMPLES, env: { ...process.env, ...env }, timeout: 280_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error && typeof error.code === 'string')
          reject(new Error(`cannot run ${command} (${error.code}): install it to run the partner samples`));
        else
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

const SAMPLE_COMMANDS: { name: string; command: string; args: string[] }[] = [
  { name: 'Java (java PartnerSample.java)', command: 'java', args: ['PartnerSample.java'] },
  { name: 'Python 3 (partner_sample.py)', command: 'python3', args: ['partner_sample.py'] },
  { name: 'curl + openssl (partner-sample.sh)', command: 'bash', args: ['partner-sample.sh'] },
];

// A JVM compiling the Java sample under CI's faketime pass takes 30–60 s on a busy machine.
jest.setTimeout(600_000);
describe('partner signing samples in docs/samples run against the gateway (R5, R7, R20)', () => {
  let core: CoreHarness;
  let gateway: GatewayHarness;
  let sessionId: number;

  beforeAll(async () => {
    core = await startCore();
    await setClock(core, TEST_NOW);
    gateway = await startGateway(core, {
      partners: testPartners([{ appId: 'sample-web', channel: 'WEB' }]),
      // A JVM compiling beside the apps on a 2-core machine must not turn a booking into a 503.
      env: { CORE_DEADLINE_MS: '10000' },
    });
    const clinic = await createClinic(core, { weekday: 5, numberCount: 10, effectiveFrom: TEMPLATES_FROM });
    await generate(core);
    sessionId = (await sessionOf(core, clinic.doctorId, TEST_FRIDAY)).id;
  });
  afterAll(async () => {
    await gateway?.close();
    await core?.close();
  });

  it('the documented test vector is what the gateway verifies', () => {
    expect(
      signRequest('s3cret', 'POST', '/v1/appointments?x=1', '1700000000', 'abcdef0123456789', '{"a":1}'),
    ).toBe(VECTOR);
  });

  SAMPLE_COMMANDS.forEach((sample, i) => {
    it(`${sample.name}: prints the test vector's signature byte for byte, books (201) and is refused (409 DUPLICATE_BOOKING)`, async () => {
      const patient = testPatient(i + 1, 41);
      const partner = gateway.partners[0];
      const result = await run(sample.command, sample.args, {
        PARTNER_BASE_URL: gateway.url,
        PARTNER_APP_ID: partner.appId,
        PARTNER_SECRET: partner.secret,
        PARTNER_SESSION_ID: String(sessionId),
        PATIENT_NAME: patient.name,
        PATIENT_DOCUMENT_NO: patient.documentNo,
        PATIENT_MOBILE: patient.mobile,
      });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      const lines = result.stdout.split('\n');
      expect(lines[0]).toBe(`test vector signature: ${VECTOR}`);
      const bookedLine = /^booked: 201 id=(\d+) code=(\S+) visitNo=(\d+) startsAt=(\S+)$/;
      expect(lines[1]).toMatch(bookedLine);
      const booked = bookedLine.exec(lines[1]);
      expect(lines[2]).toBe('again: 409 code=DUPLICATE_BOOKING');

      // The booking is real: booking-core holds it for this patient, on the partner's channel.
      const id = Number(booked![1]);
      const stored = await http(core.url, 'GET', `/v1/appointments/${id}`, { auth: core.auth('admin') });
      expect(stored.status).toBe(200);
      expect(stored.body).toMatchObject({
        id,
        code: booked![2],
        sessionId,
        channel: 'WEB',
        status: 'BOOKED',
      });
    });
  });

  it('each sample alone (no gateway given) prints only the test vector', async () => {
    const results = await Promise.all(
      SAMPLE_COMMANDS.map((sample) =>
        run(sample.command, sample.args, {
          PARTNER_BASE_URL: '',
          PARTNER_APP_ID: '',
          PARTNER_SECRET: '',
          PARTNER_SESSION_ID: '',
        }),
      ),
    );
    for (const [i, sample] of SAMPLE_COMMANDS.entries()) {
      const result = results[i];
      expect({ sample: sample.name, ...result }).toEqual({
        sample: sample.name,
        code: 0,
        stdout: `test vector signature: ${VECTOR}\n`,
        stderr: '',
      });
    }
  });
});
