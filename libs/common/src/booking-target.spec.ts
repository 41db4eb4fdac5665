import { bookingTargetOf } from './booking-target';
import { DomainError } from './domain-error';

describe('bookingTargetOf (R3, R5: a number or a session, never both)', () => {
  it('takes a session alone or a slot alone', () => {
    expect(bookingTargetOf({ sessionId: 7 })).toEqual({ sessionId: 7 });
    expect(bookingTargetOf({ slotId: 9 })).toEqual({ slotId: 9 });
  });

  it.each([{}, { sessionId: 7, slotId: 9 }])(
    'refuses %j with VALIDATION_FAILED naming sessionId',
    (request) => {
      let thrown: unknown;
      try {
        bookingTargetOf(request);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(DomainError);
      expect((thrown as DomainError).code).toBe('VALIDATION_FAILED');
      expect((thrown as DomainError).extra).toEqual({
        errors: [{ field: 'sessionId', messages: ['exactly one of sessionId and slotId is required'] }],
      });
    },
  );
});
