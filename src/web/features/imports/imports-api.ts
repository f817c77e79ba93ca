import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ColumnMapping, Import, StartImportInput } from '../../../shared/imports';
import { api, apiUpload, apiUrl } from '../../api/client';

export const importsQueryKey = ['imports'] as const;
export const importQueryKey = (id: string) => ['imports', 'one', id] as const;
const previewQueryKey = (id: string, mapping: ColumnMapping) => ['imports', 'preview', id, mapping] as const;
const byId = (id: string) => ({ params: { path: { id } } });

/** An import is running (or about to): its page polls it for the progress bar. */
export const isActive = (i: Pick<Import, 'status'>) => i.status === 'queued' || i.status === 'running';

export function useImports() {
  return useQuery({
    queryKey: [...importsQueryKey, 'list'],
    queryFn: async () => (await api.get('/api/imports')).imports,
    // A running import's counts move: refresh the list while one is under way.
    refetchInterval: (query) => (query.state.data?.some(isActive) ? 2000 : false),
  });
}

export function useImport(id: string) {
  return useQuery({
    queryKey: importQueryKey(id),
    queryFn: () => api.get('/api/imports/{id}', byId(id)),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data) ? 700 : false),
  });
}

/** The file's first rows as `mapping` would store them; the upload answer seeds the suggested mapping's. */
export function usePreview(id: string, mapping: ColumnMapping, enabled: boolean) {
  return useQuery({
    queryKey: previewQueryKey(id, mapping),
    queryFn: async () =>
      (await api.post('/api/imports/{id}/preview', { ...byId(id), body: { mapping } })).preview,
    enabled: enabled && mapping.some(Boolean),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useUploadCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiUpload('/api/imports', form);
    },
    onSuccess: (result) => {
      queryClient.setQueryData(importQueryKey(result.import.id), result.import);
      if (result.import.mapping)
        queryClient.setQueryData(previewQueryKey(result.import.id, result.import.mapping), result.preview);
      void queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
    },
  });
}

function useReplaceCachedImport() {
  const queryClient = useQueryClient();
  return (saved: Import) => {
    queryClient.setQueryData(importQueryKey(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: [...importsQueryKey, 'list'] });
  };
}

export function useStartImport(id: string) {
  const replace = useReplaceCachedImport();
  return useMutation({
    mutationFn: (input: StartImportInput) =>
      api.post('/api/imports/{id}/start', { ...byId(id), body: input }),
    onSuccess: replace,
  });
}

export function useCancelImport(id: string) {
  const replace = useReplaceCachedImport();
  return useMutation({
    mutationFn: () => api.post('/api/imports/{id}/cancel', byId(id)),
    onSuccess: replace,
  });
}

export function useLegacyRepDefaults() {
  return useQuery({
    queryKey: [...importsQueryKey, 'legacy-reps'],
    queryFn: async () => (await api.get('/api/imports/legacy/reps')).reps,
  });
}

export type LegacyUpload = {
  contacts: File;
  assignments: File;
  activities: File;
  reps: Record<string, string | null>;
  dryRun: boolean;
};

export function useUploadLegacy() {
  const replace = useReplaceCachedImport();
  return useMutation({
    mutationFn: async (input: LegacyUpload) => {
      const form = new FormData();
      // Fields before files: the server reads the form as a stream.
      form.append('reps', JSON.stringify(input.reps));
      form.append('dryRun', String(input.dryRun));
      form.append('contacts', input.contacts, input.contacts.name);
      form.append('assignments', input.assignments, input.assignments.name);
      form.append('activities', input.activities, input.activities.name);
      return apiUpload('/api/imports/legacy', form);
    },
    onSuccess: replace,
  });
}

export const reportCsvUrl = (id: string) => apiUrl('/api/imports/{id}/report.csv', { path: { id } });
