export { SessionsModule } from './sessions.module';
export { SessionsService } from './sessions.service';
export {
  ChannelQuery,
  DoctorRefDto,
  NamedRefDto,
  RoomRefDto,
  SessionResponse,
  SlotResponse,
} from './dto/session.dto';
