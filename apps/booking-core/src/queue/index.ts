export { QueueModule } from './queue.module';
export { QueueService } from './queue.service';
export { QueueEvents } from './queue-events';
export { QueueStateResponse, QueueEntryDto } from './dto/queue.dto';
