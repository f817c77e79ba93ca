import { z } from 'zod';
import { contactInputSchema } from '../../../shared/contacts';

/** The shared input schema plus what the server would refuse anyway, so the form says it before saving. */
export const newContactSchema = contactInputSchema
  .refine((v) => Boolean(v.firstName || v.lastName || v.companyName), {
    path: ['firstName'],
    message: 'Enter a name or a company.',
  })
  .refine((v) => !v.email || z.email().safeParse(v.email).success, {
    path: ['email'],
    message: 'Enter a valid email address.',
  });

export type NewContactValues = {
  firstName: string;
  lastName: string;
  companyName: string;
  title: string;
  phone: string;
  mobile: string;
  email: string;
  city: string;
  state: string;
  zip: string;
  source: string;
  tags: string[];
  ownerId: string;
};

export const emptyContactValues: NewContactValues = {
  firstName: '',
  lastName: '',
  companyName: '',
  title: '',
  phone: '',
  mobile: '',
  email: '',
  city: '',
  state: '',
  zip: '',
  source: '',
  tags: [],
  ownerId: 'none',
};

export const contactFormFields = Object.keys(emptyContactValues);
