import type { AppContext } from '../../context';
import { getSetting } from '../settings/repo';

/** When a lead comes back after No Answer / Left Voicemail, and how often (the `calls.rules` setting). */
export type CallRules = { retryCoolDownHours: number; maxAttempts: number };

export const defaultCallRules: CallRules = { retryCoolDownHours: 24, maxAttempts: 6 };

export async function getCallRules(ctx: Pick<AppContext, 'db'>): Promise<CallRules> {
  return { ...defaultCallRules, ...((await getSetting<Partial<CallRules>>(ctx.db, 'calls.rules')) ?? {}) };
}
