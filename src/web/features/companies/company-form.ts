import { schemaResolver } from '@mantine/form';
import { type CompanyInput, companyInputSchema } from '../../../shared/contacts';

export type CompanyValues = {
  name: string;
  industry: string;
  equipment: string;
  fleetSize: number | string;
  website: string;
  hqCity: string;
  hqState: string;
  notes: string;
};

export const emptyCompanyValues: CompanyValues = {
  name: '',
  industry: '',
  equipment: '',
  fleetSize: '',
  website: '',
  hqCity: '',
  hqState: '',
  notes: '',
};

export const companyFields = Object.keys(emptyCompanyValues);

/** What the API takes: an empty fleet size is "not known" (null), not zero. */
export function companyInput(v: CompanyValues): CompanyInput {
  return { ...v, fleetSize: v.fleetSize === '' ? null : Number(v.fleetSize) };
}

const resolve = schemaResolver(companyInputSchema, { sync: true });
export const validateCompany = (v: CompanyValues) => resolve(companyInput(v));
