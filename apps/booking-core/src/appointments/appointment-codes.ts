import { randomBytes } from 'node:crypto';

// No 0/O, 1/I/L: read aloud over the phone and typed at kiosks.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
// Bytes at or above this would make some characters likelier than others: drawn again.
const UNBIASED_LIMIT = 256 - (256 % ALPHABET.length);

/** Public appointment code: 10 characters, ~49 bits — not guessable, easy to read out. */
export function newAppointmentCode(): string {
  let code = '';
  while (code.length < 10) {
    for (const byte of randomBytes(16)) {
      if (byte < UNBIASED_LIMIT) code += ALPHABET[byte % ALPHABET.length];
      if (code.length === 10) break;
    }
  }
  return code;
}

/** Six-digit check-in code (取号验证码). */
export function newVerificationCode(): string {
  return String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}
