import { Module } from '@nestjs/common';
import { CoreConfig } from '../config/core-config';
import { PatientIdentityService } from './patient-identity.service';
import { PatientsController } from './patients.controller';
import { PatientsRepository } from './patients.repository';
import { PiiVault } from './pii-vault';

/** Real-name identity (R6): document checks, digests and encryption, contacts. */
@Module({
  controllers: [PatientsController],
  providers: [
    PatientsRepository,
    PatientIdentityService,
    {
      provide: PiiVault,
      inject: [CoreConfig],
      useFactory: (config: CoreConfig) => new PiiVault(config.PII_KEY),
    },
  ],
  exports: [PatientIdentityService, PiiVault],
})
export class PatientsModule {}
