import { useState } from 'react';
import type { Company, CompanyInput } from '../../../shared/contacts';
import { isApiError } from '../../api/client';
import { type CompanyWithContacts, staleCompany, useUpdateCompany } from './companies-api';

export type CompanyConflict = { current: Company; patch: Partial<CompanyInput> };

/** Versioned, one-field-at-a-time saves for the company page; a stale save is held for Reload or Overwrite. */
export function useCompanyEditor(company: CompanyWithContacts, onReload: (current: Company) => void) {
  const update = useUpdateCompany();
  const [conflict, setConflict] = useState<CompanyConflict | null>(null);

  const send = async (patch: Partial<CompanyInput>, version: number): Promise<string | null> => {
    try {
      await update.mutateAsync({ id: company.id, patch: { ...patch, version } });
      setConflict(null);
      return null;
    } catch (error) {
      const current = staleCompany(error);
      if (current) {
        setConflict({ current, patch });
        return null;
      }
      if (isApiError(error)) return error.fieldIssues[0]?.message ?? error.message;
      return 'Could not save. Try again.';
    }
  };

  return {
    conflict,
    saving: update.isPending,
    save: (patch: Partial<CompanyInput>) => send(patch, company.version),
    reload: () => {
      if (conflict) onReload(conflict.current);
      setConflict(null);
    },
    overwrite: () => (conflict ? send(conflict.patch, conflict.current.version) : Promise.resolve(null)),
  };
}

export type CompanyEditor = ReturnType<typeof useCompanyEditor>;
