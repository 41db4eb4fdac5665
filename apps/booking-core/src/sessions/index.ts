export { SessionsModule } from './sessions.module';
export { SessionsService } from './sessions.service';
export { DoctorRefDto, NamedRefDto, RoomRefDto, SessionResponse } from './dto/session.dto';
