import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: read aloud over the phone and typed at kiosks.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Public appointment code: 10 characters, ~49 bits — not guessable, easy to read out. */
export function newAppointmentCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Six-digit check-in code (取号验证码). */
export function newVerificationCode(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}
