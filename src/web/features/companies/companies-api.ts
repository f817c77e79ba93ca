import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type Company, type CompanyInput, companySchema, contactSchema } from '../../../shared/contacts';
import { api, isApiError } from '../../api/client';

export const companiesQueryKey = ['companies'] as const;
const companyQueryKey = (id: string) => ['companies', 'one', id] as const;

const companyPageSchema = z.object({ items: z.array(companySchema), nextCursor: z.string().nullable() });
const companyWithContactsSchema = companySchema.extend({ contacts: z.array(contactSchema) });
export type CompanyWithContacts = z.infer<typeof companyWithContactsSchema>;

export function useCompanies() {
  return useInfiniteQuery({
    queryKey: [...companiesQueryKey, 'list'],
    queryFn: async ({ pageParam }) => {
      const params = new URLSearchParams({ limit: '50' });
      if (pageParam) params.set('cursor', pageParam);
      return companyPageSchema.parse(await api.get(`/api/companies?${params}`));
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCompany(id: string | undefined) {
  return useQuery({
    queryKey: companyQueryKey(id ?? ''),
    queryFn: async () =>
      companyWithContactsSchema.parse(await api.get(`/api/companies/${encodeURIComponent(id ?? '')}`)),
    enabled: Boolean(id),
  });
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: CompanyInput) => companySchema.parse(await api.post('/api/companies', input)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: companiesQueryKey }),
  });
}

export type CompanyPatch = Partial<CompanyInput> & { version: number };

export function useUpdateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: CompanyPatch }) =>
      companySchema.parse(await api.patch(`/api/companies/${encodeURIComponent(id)}`, patch)),
    onSuccess: (company) => {
      queryClient.setQueryData<CompanyWithContacts>(companyQueryKey(company.id), (old) =>
        old ? { ...old, ...company, contactCount: old.contactCount } : old,
      );
      void queryClient.invalidateQueries({ queryKey: [...companiesQueryKey, 'list'] });
    },
  });
}

/** The company as stored now, from a 409 stale_version; null for any other error. */
export function staleCompany(error: unknown): Company | null {
  if (!isApiError(error, 'stale_version')) return null;
  const parsed = z.object({ current: companySchema.nullable() }).safeParse(error.details);
  return parsed.success ? parsed.data.current : null;
}

/** The id of the company that already has this name, from a 409 company_exists. */
export function existingCompanyId(error: unknown): string | null {
  if (!isApiError(error, 'company_exists')) return null;
  const parsed = z.object({ id: z.string() }).safeParse(error.details);
  return parsed.success ? parsed.data.id : null;
}

export function refreshCompany(queryClient: ReturnType<typeof useQueryClient>, id: string) {
  return queryClient.invalidateQueries({ queryKey: companyQueryKey(id) });
}
