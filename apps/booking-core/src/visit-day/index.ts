export { VisitDayModule } from './visit-day.module';
export { NoShowJob } from './no-show.job';
export { ReasonRequest } from './dto/visit-day.dto';
