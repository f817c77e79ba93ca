import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CallRules } from '../../../shared/calls';
import type { LeadRules } from '../../../shared/lead-rules';
import { api } from '../../api/client';

export const leadRulesQueryKey = ['lead-rules'] as const;

export function useLeadRules() {
  return useQuery({
    queryKey: leadRulesQueryKey,
    queryFn: () => api.get('/api/lead-rules'),
  });
}

/** Sends only the fields that changed; the answer is the whole set of rules as now stored. */
export function useUpdateLeadRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<LeadRules>) => api.patch('/api/lead-rules', { body: patch }),
    onSuccess: (rules) => queryClient.setQueryData(leadRulesQueryKey, rules),
  });
}

const callRulesQueryKey = ['call-rules'] as const;

export function useCallRules() {
  return useQuery({
    queryKey: callRulesQueryKey,
    queryFn: () => api.get('/api/call-rules'),
  });
}

export function useUpdateCallRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<CallRules>) => api.patch('/api/call-rules', { body: patch }),
    onSuccess: (rules) => {
      queryClient.setQueryData(callRulesQueryKey, rules);
      queryClient.invalidateQueries({ queryKey: ['call-list'] });
    },
  });
}
