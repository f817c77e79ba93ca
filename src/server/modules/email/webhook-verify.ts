import { EventWebhook } from '@sendgrid/eventwebhook';

// SendGrid's signed Event Webhook: ECDSA P-256 over timestamp + raw body, checked with @sendgrid/eventwebhook.
const MAX_SKEW_S = 10 * 60;
const verifier = new EventWebhook();
let cached: { pem: string; key: ReturnType<EventWebhook['convertPublicKeyToECDSA']> } | undefined;

export function verifySendgridSignature(
  publicKey: string,
  rawBody: Buffer,
  signature: string | undefined,
  timestamp: string | undefined,
  nowMs: number,
): boolean {
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SKEW_S) return false;
  try {
    if (cached?.pem !== publicKey)
      cached = { pem: publicKey, key: verifier.convertPublicKeyToECDSA(publicKey) };
    return verifier.verifySignature(cached.key, rawBody, signature, timestamp);
  } catch {
    return false;
  }
}
