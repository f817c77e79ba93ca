import { z } from 'zod';
import type { Deal, DealStage } from '../../../shared/deals';
import type { DealInput } from './deals-api';

// The deal form holds what a person types (strings), checks it, and turns it into the API's input.

const optionalNumber = (label: string, max: number) =>
  z
    .string()
    .trim()
    .refine(
      (s) => s === '' || (/^\d+(\.\d+)?$/.test(s.replace(/,/g, '')) && Number(s.replace(/,/g, '')) <= max),
      {
        message: `${label} must be a number up to ${max.toLocaleString('en-US')}.`,
      },
    );

export const dealFormSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the deal a title.').max(200),
    value: z
      .string()
      .trim()
      .min(1, 'Enter the deal value in dollars.')
      .refine((s) => /^\$?\d[\d,]*(\.\d{1,2})?$/.test(s), 'Enter dollars, like 48,500.'),
    stage: z.enum(['qualified', 'quote_sent', 'negotiation']),
    expectedCloseDate: z.string(),
    ownerId: z.string(),
    equipmentType: z.string().max(200),
    weightLb: optionalNumber('Weight', 2_000_000),
    lengthFt: optionalNumber('Length', 500),
    widthFt: optionalNumber('Width', 100),
    heightFt: optionalNumber('Height', 100),
    originCity: z.string().max(120),
    originState: z.string().nullable(),
    destinationCity: z.string().max(120),
    destinationState: z.string().nullable(),
    pickupFrom: z.string(),
    pickupTo: z.string(),
    permitsNeeded: z.boolean(),
    escortsNeeded: z.boolean(),
  })
  .refine((v) => !v.pickupFrom || !v.pickupTo || v.pickupFrom <= v.pickupTo, {
    path: ['pickupTo'],
    message: 'The window ends before it starts.',
  });

export type DealFormValues = z.infer<typeof dealFormSchema>;

export const emptyDealValues: DealFormValues = {
  title: '',
  value: '',
  stage: 'qualified',
  expectedCloseDate: '',
  ownerId: '',
  equipmentType: '',
  weightLb: '',
  lengthFt: '',
  widthFt: '',
  heightFt: '',
  originCity: '',
  originState: null,
  destinationCity: '',
  destinationState: null,
  pickupFrom: '',
  pickupTo: '',
  permitsNeeded: false,
  escortsNeeded: false,
};

/** The form's fields that API field issues (`move.weightLb`, `valueCents`) map onto. */
export const dealFormFields = ['title', 'value', 'stage', 'expectedCloseDate', 'ownerId'] as const;

const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(/,/g, '')));
const text = (s: string) => (s.trim() === '' ? null : s.trim());

export function toDealInput(v: DealFormValues): Omit<DealInput, 'contactId'> {
  const weight = num(v.weightLb);
  return {
    title: v.title.trim(),
    valueCents: Math.round(Number(v.value.replace(/[$,]/g, '')) * 100),
    stage: v.stage as DealStage,
    expectedCloseDate: text(v.expectedCloseDate),
    ...(v.ownerId ? { ownerId: v.ownerId } : {}),
    move: {
      equipmentType: text(v.equipmentType),
      weightLb: weight === null ? null : Math.round(weight),
      lengthFt: num(v.lengthFt),
      widthFt: num(v.widthFt),
      heightFt: num(v.heightFt),
      origin: { city: text(v.originCity), state: v.originState || null },
      destination: { city: text(v.destinationCity), state: v.destinationState || null },
      pickupFrom: text(v.pickupFrom),
      pickupTo: text(v.pickupTo),
      permitsNeeded: v.permitsNeeded,
      escortsNeeded: v.escortsNeeded,
    },
  };
}

const str = (n: number | null) => (n === null ? '' : String(n));

export function dealToValues(deal: Deal): DealFormValues {
  const m = deal.move;
  return {
    title: deal.title,
    value: (deal.valueCents / 100).toLocaleString('en-US'),
    stage: deal.stage === 'won' || deal.stage === 'lost' ? 'qualified' : deal.stage,
    expectedCloseDate: deal.expectedCloseDate ?? '',
    ownerId: deal.owner.id,
    equipmentType: m.equipmentType ?? '',
    weightLb: str(m.weightLb),
    lengthFt: str(m.lengthFt),
    widthFt: str(m.widthFt),
    heightFt: str(m.heightFt),
    originCity: m.origin.city ?? '',
    originState: m.origin.state,
    destinationCity: m.destination.city ?? '',
    destinationState: m.destination.state,
    pickupFrom: m.pickupFrom?.slice(0, 10) ?? '',
    pickupTo: m.pickupTo?.slice(0, 10) ?? '',
    permitsNeeded: m.permitsNeeded,
    escortsNeeded: m.escortsNeeded,
  };
}
