import { ApiProperty } from '@nestjs/swagger';
import { APPOINTMENT_STATUSES, PERIODS, type AppointmentStatus, type Period } from '@app/contracts';
import { DoctorRefDto, RoomRefDto } from '../../sessions';

export class QueueEntryDto {
  @ApiProperty({ example: 4, description: '就诊序号' }) visitNo!: number;
  @ApiProperty({ example: '张*', description: 'Masked for the waiting-room screen' }) name!: string;
  @ApiProperty({ enum: APPOINTMENT_STATUSES, example: 'CHECKED_IN' }) status!: AppointmentStatus;
  @ApiProperty({ example: null, nullable: true, type: String }) calledAt!: string | null;
}

/** What a waiting-room display shows for a session (R12). */
export class QueueStateResponse {
  @ApiProperty({ example: 101 }) sessionId!: number;
  @ApiProperty({ example: '2026-11-27' }) date!: string;
  @ApiProperty({ enum: PERIODS, example: 'AM' }) period!: Period;
  @ApiProperty({ type: RoomRefDto }) room!: RoomRefDto;
  @ApiProperty({ type: DoctorRefDto }) actingDoctor!: DoctorRefDto;
  @ApiProperty({ example: '2026-11-27T08:00:00+08:00' }) startsAt!: string;
  @ApiProperty({ example: '2026-11-27T08:03:12+08:00', nullable: true, type: String, description: 'R16' })
  firstCallAt!: string | null;
  @ApiProperty({ type: [QueueEntryDto], description: 'Called and not yet registered, latest call first' })
  calling!: QueueEntryDto[];
  @ApiProperty({ type: [QueueEntryDto], description: 'The next ten waiting, in order' })
  next!: QueueEntryDto[];
  @ApiProperty({ example: 17 }) waiting!: number;
}
