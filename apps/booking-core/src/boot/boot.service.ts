import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CoreConfig } from '../config/core-config';
import { SessionGenerationJob } from '../scheduling';
import { DemoSeeder } from '../seed';
import { HoldExpiryJob } from '../holds';
import { NoShowJob } from '../visit-day';
import { ReminderJob } from '../notifications';
import { TriageKbService } from '../triage';
import { RollupJob } from '../statistics';

/** Start-up order: demo data (if asked for), the triage knowledge base, then the first session generation. */
@Injectable()
export class BootService implements OnApplicationBootstrap {
  constructor(
    private readonly config: CoreConfig,
    private readonly seeder: DemoSeeder,
    private readonly generation: SessionGenerationJob,
    private readonly noShows: NoShowJob,
    private readonly holdExpiry: HoldExpiryJob,
    private readonly reminders: ReminderJob,
    private readonly triage: TriageKbService,
    private readonly rollups: RollupJob,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SEED_DEMO) await this.seeder.seedIfEmpty();
    // R18: the bundled triage knowledge base, once the departments it maps to exist.
    await this.triage.publishBundledIfNone();
    if (this.config.CORE_JOBS) {
      await this.generation.start();
      this.noShows.start();
      this.holdExpiry.start();
      this.reminders.start();
      this.rollups.start();
    }
  }
}
