import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type EmailTemplate, templateSchema } from '../../../shared/email';
import { api, isApiError } from '../../api/client';

export const templatesQueryKey = ['email-templates'] as const;
const byId = (id: string) => ({ params: { path: { id } } });

/** Every template this person may use: the team's and their own; archived ones too when asked. */
export function useTemplates(includeArchived = false) {
  return useQuery({
    queryKey: [...templatesQueryKey, 'list', includeArchived],
    queryFn: async () =>
      (await api.get('/api/templates', { params: { query: includeArchived ? { archived: 'true' } : {} } }))
        .items,
  });
}

export const templateQueryKey = (id: string) => [...templatesQueryKey, 'one', id] as const;

export function useTemplate(id: string) {
  return useQuery({
    queryKey: templateQueryKey(id),
    queryFn: () => api.get('/api/templates/{id}', byId(id)),
  });
}

export type TemplateDraft = { name: string; subject: string; body: string; scope: EmailTemplate['scope'] };

function useCacheTemplate() {
  const queryClient = useQueryClient();
  return (template: EmailTemplate) => {
    queryClient.setQueryData(templateQueryKey(template.id), template);
    queryClient.setQueriesData<EmailTemplate[]>({ queryKey: [...templatesQueryKey, 'list'] }, (list) =>
      list?.some((t) => t.id === template.id) ? list.map((t) => (t.id === template.id ? template : t)) : list,
    );
    void queryClient.invalidateQueries({ queryKey: templatesQueryKey });
  };
}

export function useCreateTemplate() {
  const cache = useCacheTemplate();
  return useMutation({
    mutationFn: (draft: TemplateDraft) => api.post('/api/templates', { body: draft }),
    onSuccess: cache,
  });
}

export type TemplatePatch = Partial<TemplateDraft> & { version: number; archived?: boolean };

/** Edits carry the version they were based on; a stale one fails with the stored record (see staleTemplate). */
export function useUpdateTemplate() {
  const cache = useCacheTemplate();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TemplatePatch }) =>
      api.patch('/api/templates/{id}', { ...byId(id), body: patch }),
    onSuccess: cache,
    onError: (error) => {
      const current = staleTemplate(error);
      if (current) cache(current);
    },
  });
}

/** The stored record from a 409 stale_version, or null for any other error. */
export function staleTemplate(error: unknown): EmailTemplate | null {
  if (!isApiError(error, 'stale_version')) return null;
  const parsed = z.object({ current: templateSchema }).safeParse(error.details);
  return parsed.success ? parsed.data.current : null;
}

export type PreviewRequest = { templateId: string; contactId: string; subject?: string; body?: string };

/** The template rendered for one contact; pass debounced text so typing doesn't flood the server. */
export function useEmailPreview(request: PreviewRequest | null) {
  return useQuery({
    queryKey: ['email-preview', request],
    queryFn: async () => {
      const { templateId, ...body } = request as PreviewRequest;
      return api.post('/api/templates/{id}/preview', { ...byId(templateId), body });
    },
    enabled: request !== null,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    retry: false,
  });
}
