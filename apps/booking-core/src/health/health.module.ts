import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';

/** Liveness and readiness (decision 012). */
@Module({ controllers: [HealthController] })
export class HealthModule {}
