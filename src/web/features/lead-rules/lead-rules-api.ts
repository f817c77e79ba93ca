import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CallRules, callRulesSchema } from '../../../shared/calls';
import { type LeadRules, leadRulesSchema } from '../../../shared/lead-rules';
import { api } from '../../api/client';

export const leadRulesQueryKey = ['lead-rules'] as const;

export function useLeadRules() {
  return useQuery({
    queryKey: leadRulesQueryKey,
    queryFn: async () => leadRulesSchema.parse(await api.get('/api/lead-rules')),
  });
}

/** Sends only the fields that changed; the answer is the whole set of rules as now stored. */
export function useUpdateLeadRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (patch: Partial<LeadRules>) =>
      leadRulesSchema.parse(await api.patch('/api/lead-rules', patch)),
    onSuccess: (rules) => queryClient.setQueryData(leadRulesQueryKey, rules),
  });
}

const callRulesQueryKey = ['call-rules'] as const;

export function useCallRules() {
  return useQuery({
    queryKey: callRulesQueryKey,
    queryFn: async () => callRulesSchema.parse(await api.get('/api/call-rules')),
  });
}

export function useUpdateCallRules() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (patch: Partial<CallRules>) =>
      callRulesSchema.parse(await api.patch('/api/call-rules', patch)),
    onSuccess: (rules) => {
      queryClient.setQueryData(callRulesQueryKey, rules);
      queryClient.invalidateQueries({ queryKey: ['call-list'] });
    },
  });
}
