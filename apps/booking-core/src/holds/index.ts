export { HoldsModule } from './holds.module';
export { HoldsService } from './holds.service';
export { HoldExpiryJob } from './hold-expiry.job';
export { HoldActionRequest, HoldResponse } from './dto/hold.dto';
