import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { ContactFilter } from '../../../shared/contacts';
import { campaignSchema, type EmailCampaign, emailMessageSchema } from '../../../shared/email';
import { api } from '../../api/client';
import { contactQueryKey, timelineQueryKey } from '../contacts/contacts-api';
import { outboxQueryKey } from './outbox-api';

const sentSchema = z.object({ message: emailMessageSchema });

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
    mutationFn: async (request: SendRequest) =>
      sentSchema.parse(await api.post('/api/emails', request)).message,
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
      api.post('/api/emails/test', request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxQueryKey }),
  });
}

export type CampaignTarget = { contactIds: string[] } | { filter: ContactFilter };

const campaignPath = (id: string) => `/api/email-campaigns/${encodeURIComponent(id)}`;

/** `dryRun` answers the plan (who gets it, who is skipped and why) without sending anything. */
export function useStartCampaign() {
  return useMutation({
    mutationFn: async (request: CampaignTarget & { templateId: string; dryRun: boolean }) =>
      campaignSchema.parse(await api.post('/api/email-campaigns', request)),
  });
}

export const isCampaignActive = (c: Pick<EmailCampaign, 'status'>) =>
  c.status === 'queued' || c.status === 'sending';

export function useCampaign(id: string | null) {
  return useQuery({
    queryKey: ['email-campaigns', id],
    queryFn: async () => campaignSchema.parse(await api.get(campaignPath(id as string))),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && !isCampaignActive(query.state.data) ? false : 1000),
  });
}

export function useCancelCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => campaignSchema.parse(await api.post(`${campaignPath(id)}/cancel`)),
    onSuccess: (campaign) => queryClient.setQueryData(['email-campaigns', campaign.id], campaign),
  });
}
