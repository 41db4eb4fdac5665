import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions';
import { QueueController } from './queue.controller';
import { QueueEvents } from './queue-events';
import { QueueRepository } from './queue.repository';
import { QueueService } from './queue.service';

/** Calling the queue, recalls and passes, waiting-room boards; first calls (R12, R16). */
@Module({
  imports: [SessionsModule],
  controllers: [QueueController],
  providers: [QueueRepository, QueueService, QueueEvents],
  exports: [QueueService, QueueEvents],
})
export class QueueModule {}
