import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EmailCampaign } from '../../../shared/email';
import { type ApiBody, api } from '../../api/client';
import { contactQueryKey, timelineQueryKey } from '../contacts/contacts-api';
import { outboxQueryKey } from './outbox-api';

export type SendRequest = {
  contactId: string;
  templateId: string;
  subject?: string;
  body?: string;
  allowMissing: boolean;
};

/** Queues one email to a contact (202); 422 `suppressed` or `missing_variables` say why it wasn't. */
export function useSendEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (request: SendRequest) => (await api.post('/api/emails', { body: request })).message,
    onSuccess: (_message, request) => {
      void queryClient.invalidateQueries({ queryKey: timelineQueryKey(request.contactId) });
      void queryClient.invalidateQueries({ queryKey: contactQueryKey(request.contactId) });
      void queryClient.invalidateQueries({ queryKey: outboxQueryKey });
    },
  });
}

/** Sends the rendered email to the signed-in person, with the preview contact's data. */
export function useSendTestEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { templateId: string; contactId: string; subject?: string; body?: string }) =>
      api.post('/api/emails/test', { body: request }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxQueryKey }),
  });
}

/** The list's filter as sent on the wire (query-string values: `'true'`, `'TX,OK'`). */
type WireFilter = NonNullable<ApiBody<'post', '/api/email-campaigns'>['filter']>;
/** Chosen contacts, or every one matching the filter, said explicitly (no selection is a 400). */
export type CampaignTarget = { contactIds: string[] } | { filter: WireFilter; allMatching: true };

/** `dryRun` answers the plan (who gets it, who is skipped and why) without sending anything. */
export function useStartCampaign() {
  return useMutation({
    mutationFn: (request: CampaignTarget & { templateId: string; dryRun: boolean }) =>
      api.post('/api/email-campaigns', { body: request }),
  });
}

export const isCampaignActive = (c: Pick<EmailCampaign, 'status'>) =>
  c.status === 'queued' || c.status === 'sending';

export function useCampaign(id: string | null) {
  return useQuery({
    queryKey: ['email-campaigns', id],
    queryFn: () => api.get('/api/email-campaigns/{id}', { params: { path: { id: id as string } } }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && !isCampaignActive(query.state.data) ? false : 1000),
  });
}

export function useCancelCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post('/api/email-campaigns/{id}/cancel', { params: { path: { id } } }),
    onSuccess: (campaign) => queryClient.setQueryData(['email-campaigns', campaign.id], campaign),
  });
}
