import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { activityEventSchema, liveCallersSchema } from '../../../shared/deals';
import { apiUrl } from '../../api/client';

export type ActivityEvent = z.infer<typeof activityEventSchema>;
const KEEP = 200;

/**
 * The team's activity as it happens (server-sent `activity` events on /api/events/stream), newest first.
 * EventSource reconnects by itself; ids de-duplicate what the server replays after a reconnect. A deal or
 * call event also marks the dashboard's numbers stale, so the KPI cards follow the feed.
 */
export function useActivityStream(): { events: ActivityEvent[]; connected: boolean } {
  const queryClient = useQueryClient();
  const [events, setEvents] = useState<ActivityEvent[]>([]);
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(apiUrl('/api/events/stream'));
    const receive = (e: MessageEvent<string>) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(e.data);
      } catch {
        return;
      }
      const list = Array.isArray(parsed) ? parsed : [parsed];
      const fresh = list.flatMap((item) => {
        const result = activityEventSchema.safeParse(item);
        return result.success ? [result.data] : [];
      });
      if (fresh.length === 0) return;
      setEvents((current) => {
        const seen = new Set(current.map((ev) => ev.id));
        const added = fresh.filter((ev) => !seen.has(ev.id));
        return [...added, ...current].sort((a, b) => b.at.localeCompare(a.at)).slice(0, KEEP);
      });
      void queryClient.invalidateQueries({ queryKey: ['reports'] });
      if (fresh.some((ev) => ev.kind.startsWith('deal')))
        void queryClient.invalidateQueries({ queryKey: ['deals'] });
    };
    source.addEventListener('activity', receive as EventListener);
    // Who is calling, pushed when someone opens or leaves a lead in the call flow.
    const calling = (e: MessageEvent<string>) => {
      const list = safeJson(e.data, liveCallersSchema);
      if (list) queryClient.setQueryData(['reports', 'live'], list);
    };
    source.addEventListener('calling', calling as EventListener);
    source.onmessage = receive;
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    return () => source.close();
  }, [queryClient]);
  return { events, connected };
}

export const activityKinds = [
  { value: 'all', label: 'All' },
  { value: 'call', label: 'Calls' },
  { value: 'claim', label: 'Claims' },
  { value: 'email', label: 'Emails' },
  { value: 'deal', label: 'Deals' },
] as const;

/** Which filter a kind ("call.logged", "lead.claimed", "email.sent", "deal.stage_changed") falls under. */
export function kindGroup(kind: string): string {
  if (kind.startsWith('call')) return 'call';
  if (kind.includes('claim') || kind.startsWith('lead')) return 'claim';
  if (kind.startsWith('email')) return 'email';
  if (kind.startsWith('deal')) return 'deal';
  return 'other';
}

function safeJson<T>(text: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
