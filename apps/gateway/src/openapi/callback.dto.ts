import { ApiProperty } from '@nestjs/swagger';
import { APPOINTMENT_STATUSES, NOTIFICATION_KINDS } from '@app/contracts';

/**
 * What the gateway POSTs to a partner's callback URL (R8): one event about an appointment the
 * partner booked. The shape delivery-adapters.ts sends.
 */
export class PartnerCallbackRequest {
  @ApiProperty({
    example: '4711',
    description:
      'Unique per event: a repeat after a lost acknowledgement carries the same id (deduplicate on it)',
  })
  eventId!: string;

  @ApiProperty({
    enum: NOTIFICATION_KINDS.filter((k) => k !== 'BLACKLISTED'),
    example: 'SUSPENDED',
    description: 'What happened',
  })
  event!: string;

  @ApiProperty({ example: 9001 }) appointmentId!: number;
  @ApiProperty({ example: 'K7P2QX9M4A' }) code!: string;
  @ApiProperty({
    enum: APPOINTMENT_STATUSES,
    example: 'CANCELLED_BY_HOSPITAL',
    description: 'Its status now',
  })
  status!: string;

  @ApiProperty({
    example: { reason: '医生因病停诊' },
    type: Object,
    description:
      'What the event adds: `reason` for CANCELLED, SUBSTITUTED and SUSPENDED (digit runs like mobiles masked); ' +
      'the offer (`offerEntryId`, `offerHoldId`, `offerVisitNo`, `offerStartsAt`, `offerExpiresAt`) for ' +
      'WAITLIST_OFFER and for a SUSPENDED event with a priority offer; ' +
      "instants carry the hospital's offset",
  })
  data!: Record<string, unknown>;
}
