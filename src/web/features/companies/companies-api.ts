import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type Company, type CompanyInput, companySchema } from '../../../shared/contacts';
import { type ApiData, api, isApiError } from '../../api/client';

export const companiesQueryKey = ['companies'] as const;
const companyQueryKey = (id: string) => ['companies', 'one', id] as const;

export type CompanyWithContacts = ApiData<'get', '/api/companies/{id}'>;

export function useCompanies() {
  return useInfiniteQuery({
    queryKey: [...companiesQueryKey, 'list'],
    queryFn: async ({ pageParam }) => {
      const query = { limit: 50, ...(pageParam ? { cursor: pageParam } : {}) };
      return api.get('/api/companies', { params: { query } });
    },
    initialPageParam: '',
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useCompany(id: string | undefined) {
  return useQuery({
    queryKey: companyQueryKey(id ?? ''),
    queryFn: () => api.get('/api/companies/{id}', { params: { path: { id: id ?? '' } } }),
    enabled: Boolean(id),
  });
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompanyInput) => api.post('/api/companies', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: companiesQueryKey }),
  });
}

export type CompanyPatch = Partial<CompanyInput> & { version: number };

export function useUpdateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: CompanyPatch }) =>
      api.patch('/api/companies/{id}', { params: { path: { id } }, body: patch }),
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
