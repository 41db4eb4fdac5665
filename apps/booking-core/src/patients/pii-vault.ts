import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * DESIGN §2 personal data: a keyed digest for lookup (HMAC-SHA256), and the full value
 * encrypted with AES-256-GCM. Both keys are derived from PII_KEY with HKDF, so one secret
 * configures both and neither key is used for two purposes.
 */
export class PiiVault {
  private readonly digestKey: Buffer;
  private readonly encryptionKey: Buffer;

  constructor(secret: string) {
    const ikm =
      /^[0-9a-fA-F]+$/.test(secret) && secret.length % 2 === 0
        ? Buffer.from(secret, 'hex')
        : Buffer.from(secret, 'base64');
    if (ikm.length < 32) throw new Error('PII_KEY must be at least 32 bytes');
    this.digestKey = Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), 'outpatient/pii/digest/v1', 32));
    this.encryptionKey = Buffer.from(
      hkdfSync('sha256', ikm, Buffer.alloc(0), 'outpatient/pii/encrypt/v1', 32),
    );
  }

  /** Lookup digest, scoped by kind so one number typed as two kinds gives two digests. */
  digest(kind: string, value: string): string {
    return createHmac('sha256', this.digestKey).update(`${kind}:${value}`).digest('hex');
  }

  /** v1.<base64 iv|tag|ciphertext> */
  encrypt(value: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
    return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(sealed: string): string {
    if (!sealed.startsWith('v1.')) throw new Error('unknown ciphertext version');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}
