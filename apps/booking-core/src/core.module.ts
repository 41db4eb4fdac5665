import { type DynamicModule, Module } from '@nestjs/common';
import { AppointmentsModule } from './appointments';
import { AuditModule } from './audit';
import { AuthModule } from './auth/auth.module';
import type { TokenStore } from './auth/token-store';
import { BlacklistModule } from './blacklist';
import { BootModule } from './boot/boot.module';
import { CatalogModule } from './catalog';
import { DashboardModule } from './dashboard';
import { DisplayModule } from './display';
import { ClockModule } from './clock';
import { ConfigModule } from './config/config.module';
import type { CoreConfig } from './config/core-config';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health';
import { HoldsModule } from './holds';
import { WaitlistModule } from './waitlist';
import { ExaminationsModule } from './examinations';
import { NotificationsModule } from './notifications';
import { PatientsModule } from './patients';
import { QueueModule } from './queue';
import { SchedulingModule } from './scheduling';
import { SessionsModule } from './sessions';
import { SettingsModule } from './settings';
import { StatisticsModule } from './statistics';
import { SharedModule } from './shared/shared.module';
import { SuspensionModule } from './suspension';
import { TriageModule } from './triage';
import { VisitDayModule } from './visit-day';

/**
 * The composition root: it only imports modules. Infrastructure (configuration, clock, tokens,
 * the database) is global; each feature is a module that exports only what others may use, and
 * features import each other through their index.ts alone (a rule CI checks: npm run check:deps).
 */
@Module({})
export class CoreModule {
  static forRoot(config: CoreConfig, tokens: TokenStore): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(config.ENABLE_TEST_CLOCK),
        AuthModule.forRoot(tokens),
        DatabaseModule.forRoot(config),
        SharedModule,
        HealthModule,
        CatalogModule,
        SettingsModule,
        SchedulingModule,
        SessionsModule,
        PatientsModule,
        AppointmentsModule,
        HoldsModule,
        WaitlistModule,
        ExaminationsModule,
        NotificationsModule,
        VisitDayModule,
        QueueModule,
        BlacklistModule,
        SuspensionModule,
        AuditModule,
        TriageModule,
        StatisticsModule,
        DashboardModule,
        DisplayModule,
        BootModule,
      ],
    };
  }
}
