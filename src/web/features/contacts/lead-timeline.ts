// How the contact timeline words the pool's events (claims, releases, assignments, expiry).

export const leadEventVerbs: Record<string, string> = {
  'contact.claimed': 'claimed this lead',
  'contact.released': 'released this lead to the pool',
  'contact.assigned': 'reassigned this lead',
  'contact.claim_expiring': 'Claim expires in 2 days without activity',
  'contact.claim_expired': 'Claim expired; the lead went back to the pool',
};

const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);

/** The line under a pool event: the release reason, who it went to, how it was claimed. */
export function leadEventDetail(kind: string, data: Record<string, unknown> | null): string | null {
  if (!data) return null;
  if (kind === 'contact.released') return text(data.reason) && `Reason: ${data.reason}`;
  if (kind === 'contact.assigned') {
    const to = text(data.toName) ?? 'the pool';
    const from = text(data.fromName);
    const how = data.via === 'auto_assign' ? ' (auto-assign)' : '';
    return `${from ? `${from} → ` : ''}${to}${how}`;
  }
  if (kind === 'contact.claimed' && data.via === 'claim_next') return 'Claimed with “Claim next”';
  return null;
}
