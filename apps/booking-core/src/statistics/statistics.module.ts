import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings';
import { VisitDayModule } from '../visit-day';
import { FreedNumbersController } from './freed-numbers.controller';
import { FreedNumbersRepository } from './freed-numbers.repository';
import { RollupJob } from './rollup.job';
import { StatisticsController } from './statistics.controller';
import { StatisticsRepository } from './statistics.repository';
import { StatisticsService } from './statistics.service';

/** R16, R17: daily roll-ups, the report API and policy events (decision 021). */
@Module({
  imports: [SettingsModule, VisitDayModule],
  controllers: [StatisticsController, FreedNumbersController],
  providers: [StatisticsRepository, FreedNumbersRepository, StatisticsService, RollupJob],
  exports: [StatisticsService, RollupJob],
})
export class StatisticsModule {}
