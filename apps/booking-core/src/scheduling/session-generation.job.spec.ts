import type { ClockService } from '../clock/clock.service';
import type { SettingsService } from '../settings';
import { SessionGenerationJob } from './session-generation.job';
import type { ScheduleService } from './schedule.service';

describe('SessionGenerationJob (R2: daily, at the configured local time)', () => {
  let now: Date;
  const generate = jest.fn().mockResolvedValue({ createdSessions: 0 });
  const clock = {
    now: () => now,
    timeZone: 'Asia/Shanghai',
    today: () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now),
  } as unknown as ClockService;
  const settings = { text: jest.fn().mockResolvedValue('00:10') } as unknown as SettingsService;
  const job = new SessionGenerationJob({ generate } as unknown as ScheduleService, settings, clock);
  const tick = () => (job as unknown as { tick(): Promise<void> }).tick();

  afterAll(() => job.beforeApplicationShutdown());

  it('runs at boot, then once per hospital-local day once generation_time has passed', async () => {
    now = new Date('2026-12-01T16:05:00Z'); // 00:05 on 12-02 in Shanghai
    await job.start();
    expect(generate).toHaveBeenCalledTimes(1); // boot, counts as 12-02's run
    await tick();
    expect(generate).toHaveBeenCalledTimes(1);

    now = new Date('2026-12-02T16:05:00Z'); // 00:05 on 12-03: not yet
    await tick();
    expect(generate).toHaveBeenCalledTimes(1);
    now = new Date('2026-12-02T16:10:00Z'); // 00:10: due
    await tick();
    expect(generate).toHaveBeenCalledTimes(2);
    now = new Date('2026-12-02T20:00:00Z');
    await tick();
    expect(generate).toHaveBeenCalledTimes(2);
  });
});
