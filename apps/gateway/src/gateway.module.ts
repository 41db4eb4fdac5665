import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppointmentsController } from './appointments/appointments.controller';
import { AppointmentsService } from './appointments/appointments.service';
import { SoldOutMemo } from './appointments/sold-out-memo';
import { SoldOutGuard } from './appointments/sold-out.guard';
import { PartnerAuthGuard } from './auth/partner-auth.guard';
import { RequestVerifier } from './auth/request-verifier';
import { CatalogController } from './catalog/catalog.controller';
import { CatalogService } from './catalog/catalog.service';
import { GatewayConfig } from './config/gateway-config';
import { CoreClient } from './core/core-client';
import { DeliveryAdapters } from './dispatcher/delivery-adapters';
import { NotificationDispatcher } from './dispatcher/notification-dispatcher';
import { FhirAppointmentsController } from './fhir/fhir-appointments.controller';
import { FhirController } from './fhir/fhir.controller';
import { SmartAuthService } from './fhir/smart-auth.service';
import { SmartTokenController } from './fhir/smart-token.controller';
import { GatewayInfraModule } from './gateway-infra.module';
import { HealthController } from './health/health.controller';
import { ExaminationsController } from './examinations/examinations.controller';
import { ExaminationsService } from './examinations/examinations.service';
import { HoldsController } from './holds/holds.controller';
import { HoldsService } from './holds/holds.service';
import { WaitlistController } from './waitlist/waitlist.controller';
import { WaitlistService } from './waitlist/waitlist.service';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyService } from './idempotency/idempotency.service';
import { PartnerRegistry } from './partners/partner-registry';
import { PatientsController } from './patients/patients.controller';
import { SandboxController } from './sandbox/sandbox.controller';
import { GatewayStore } from './store/gateway-store';
import { PARTNER_THROTTLER, PartnerThrottlerGuard } from './throttling/partner-throttler.guard';
import { PatientThrottle } from './throttling/patient-throttle.service';
import { StoreThrottlerStorage } from './throttling/store-throttler-storage';
import { TriageController } from './triage/triage.controller';
import { TriageService } from './triage/triage.service';

/**
 * The front interface server (DESIGN §1). Order of a request: signature (PartnerAuthGuard) →
 * partner rate (PartnerThrottlerGuard) → a booking for a session known to be full is refused
 * (SoldOutGuard) → idempotency (interceptor) → validation → handler,
 * which may count a booking attempt against the patient (PatientThrottle) and calls the core.
 */
@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig, partners: PartnerRegistry): DynamicModule {
    return {
      module: GatewayModule,
      imports: [
        GatewayInfraModule.forRoot(config, partners),
        ThrottlerModule.forRootAsync({
          inject: [GatewayStore],
          useFactory: (store: GatewayStore) => ({
            storage: new StoreThrottlerStorage(store),
            throttlers: [PARTNER_THROTTLER],
          }),
        }),
      ],
      controllers: [
        HealthController,
        CatalogController,
        AppointmentsController,
        HoldsController,
        WaitlistController,
        ExaminationsController,
        PatientsController,
        TriageController,
        SmartTokenController,
        FhirController,
        FhirAppointmentsController,
        // Decision 032: a sandbox deployment only; in production these routes do not exist.
        ...(config.SANDBOX ? [SandboxController] : []),
      ],
      providers: [
        // Guards run in this order: who is calling, then how often, then whether booking-core has
        // just called the session full (decision 036).
        { provide: APP_GUARD, useClass: PartnerAuthGuard },
        { provide: APP_GUARD, useClass: PartnerThrottlerGuard },
        { provide: APP_GUARD, useClass: SoldOutGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        RequestVerifier,
        SmartAuthService,
        IdempotencyService,
        PatientThrottle,
        CoreClient,
        CatalogService,
        AppointmentsService,
        {
          provide: SoldOutMemo,
          useFactory: (config: GatewayConfig) => new SoldOutMemo(config),
          inject: [GatewayConfig],
        },
        HoldsService,
        WaitlistService,
        ExaminationsService,
        TriageService,
        DeliveryAdapters,
        NotificationDispatcher,
      ],
    };
  }
}
