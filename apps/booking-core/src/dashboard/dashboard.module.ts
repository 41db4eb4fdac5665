import { Module } from '@nestjs/common';
import { StatisticsModule } from '../statistics';
import { DashboardController } from './dashboard.controller';
import { DashboardSessions } from './dashboard-session';

/** R16, R17: the statistics dashboard at /dashboard (decision 022). */
@Module({
  imports: [StatisticsModule],
  controllers: [DashboardController],
  providers: [DashboardSessions],
})
export class DashboardModule {}
