import { DomainError } from './domain-error';

/** What a booking names: one number (`slotId`) or a session's earliest free number (R3, R5). */
export type BookingTarget = { sessionId: number } | { slotId: number };

/**
 * The one definition of "exactly one of sessionId and slotId", used by the gateway and by
 * booking-core so both refuse with the same field error (decision 025). `book_appointment`
 * keeps its own guard as the last line, for intranet callers that reach the procedure directly.
 */
export function bookingTargetOf(request: { sessionId?: number; slotId?: number }): BookingTarget {
  const { sessionId, slotId } = request;
  if (sessionId !== undefined && slotId === undefined) return { sessionId };
  if (slotId !== undefined && sessionId === undefined) return { slotId };
  throw new DomainError('VALIDATION_FAILED', 'Give exactly one of sessionId and slotId', {
    errors: [{ field: 'sessionId', messages: ['exactly one of sessionId and slotId is required'] }],
  });
}
