import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

/** Sessions and their numbers as every channel sees them (R2–R5). */
@Module({
  imports: [SettingsModule],
  controllers: [SessionsController],
  providers: [SessionsRepository, SessionsService],
  exports: [SessionsService],
})
export class SessionsModule {}
