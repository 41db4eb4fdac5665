export { ClockModule } from './clock.module';
export { ClockService } from './clock.service';
