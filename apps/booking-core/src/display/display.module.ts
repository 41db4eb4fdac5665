import { Module } from '@nestjs/common';
import { QueueModule } from '../queue';
import { DisplayController } from './display.controller';
import { DisplayHub } from './display-hub';
import { DisplayRepository } from './display.repository';
import { DisplaySessions } from './display-session';
import { DisplayService } from './display.service';

/** R10, R12: the waiting-room screens at /display, live by server-sent events (decision 030). */
@Module({
  imports: [QueueModule],
  controllers: [DisplayController],
  providers: [DisplayService, DisplayRepository, DisplayHub, DisplaySessions],
  exports: [DisplayHub, DisplayService],
})
export class DisplayModule {}
