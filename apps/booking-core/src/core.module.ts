import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AppointmentsController } from './appointments/appointments.controller';
import { AppointmentsRepository } from './appointments/appointments.repository';
import { AppointmentsService } from './appointments/appointments.service';
import { AuditController } from './audit/audit.controller';
import { AuditRepository } from './audit/audit.repository';
import { AuthGuard } from './auth/auth.guard';
import { TokenStore } from './auth/token-store';
import { CatalogController } from './catalog/catalog.controller';
import { CatalogRepository } from './catalog/catalog.repository';
import { ClockService } from './clock/clock.service';
import { TestClockController } from './clock/test-clock.controller';
import { CoreConfig } from './config/core-config';
import { DatabaseModule } from './database/database.module';
import { HealthController } from './health/health.controller';
import { PatientIdentityService } from './patients/patient-identity.service';
import { PatientsController } from './patients/patients.controller';
import { PatientsRepository } from './patients/patients.repository';
import { PiiVault } from './patients/pii-vault';
import { ScheduleController } from './scheduling/schedule.controller';
import { ScheduleRepository } from './scheduling/schedule.repository';
import { ScheduleService } from './scheduling/schedule.service';
import { SessionGenerationJob } from './scheduling/session-generation.job';
import { DemoSeeder } from './seed/demo-seeder';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsRepository } from './sessions/sessions.repository';
import { SessionsService } from './sessions/sessions.service';
import { HospitalTimeInterceptor } from './shared/hospital-time';
import { SettingsController } from './settings/settings.controller';
import { SettingsRepository } from './settings/settings.repository';
import { BootService } from './boot.service';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsRepository } from './notifications/notifications.repository';
import { NotificationsService } from './notifications/notifications.service';
import { ReminderJob } from './notifications/reminder.job';
import { SuspensionController } from './suspension/suspension.controller';
import { SuspensionRepository } from './suspension/suspension.repository';
import { SuspensionService } from './suspension/suspension.service';
import { BlacklistController } from './blacklist/blacklist.controller';
import { BlacklistRepository } from './blacklist/blacklist.repository';
import { QueueController } from './queue/queue.controller';
import { QueueRepository } from './queue/queue.repository';
import { QueueService } from './queue/queue.service';
import { NoShowJob } from './visit-day/no-show.job';
import { VisitDayController } from './visit-day/visit-day.controller';
import { VisitDayRepository } from './visit-day/visit-day.repository';
import { VisitDayService } from './visit-day/visit-day.service';
import { TriageModule } from './triage/triage.module';

/** Configuration, clock, keys and tokens: available to every feature. */
@Global()
@Module({})
class CoreInfraModule {
  static forRoot(config: CoreConfig, tokens: TokenStore): DynamicModule {
    return {
      module: CoreInfraModule,
      providers: [
        { provide: CoreConfig, useValue: config },
        { provide: TokenStore, useValue: tokens },
        { provide: PiiVault, useValue: new PiiVault(config.PII_KEY) },
        ClockService,
      ],
      exports: [CoreConfig, TokenStore, PiiVault, ClockService],
    };
  }
}

@Module({})
export class CoreModule {
  static forRoot(config: CoreConfig, tokens: TokenStore): DynamicModule {
    return {
      module: CoreModule,
      imports: [CoreInfraModule.forRoot(config, tokens), DatabaseModule.forRoot(config), TriageModule],
      controllers: [
        HealthController,
        CatalogController,
        ScheduleController,
        SessionsController,
        AppointmentsController,
        SettingsController,
        VisitDayController,
        QueueController,
        BlacklistController,
        NotificationsController,
        SuspensionController,
        PatientsController,
        AuditController,
        ...(config.ENABLE_TEST_CLOCK ? [TestClockController] : []),
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_INTERCEPTOR, useClass: HospitalTimeInterceptor },
        CatalogRepository,
        ScheduleRepository,
        ScheduleService,
        SessionGenerationJob,
        SessionsRepository,
        SessionsService,
        SettingsRepository,
        AppointmentsRepository,
        AppointmentsService,
        PatientIdentityService,
        PatientsRepository,
        AuditRepository,
        DemoSeeder,
        BootService,
        VisitDayRepository,
        VisitDayService,
        NoShowJob,
        QueueRepository,
        QueueService,
        BlacklistRepository,
        NotificationsRepository,
        NotificationsService,
        ReminderJob,
        SuspensionRepository,
        SuspensionService,
      ],
    };
  }
}
