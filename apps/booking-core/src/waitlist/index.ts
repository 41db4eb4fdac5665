export { WaitlistModule } from './waitlist.module';
export { WaitlistService } from './waitlist.service';
export { WaitlistEntryResponse } from './dto/waitlist.dto';
