import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';

/** The audit trail, a session's call log and visits, for ADMIN (R12, R16, R20). */
@Module({
  imports: [SessionsModule],
  controllers: [AuditController],
  providers: [AuditRepository],
})
export class AuditModule {}
