import type { Deal, DealStage } from '../../../shared/deals';
import type { DealWithNames } from './repo';

export function presentDeal(r: DealWithNames, probabilities: Record<DealStage, number>): Deal {
  const stage = r.stage as DealStage;
  return {
    id: r.id,
    title: r.title,
    valueCents: Number(r.value_cents),
    stage,
    probability: probabilities[stage] ?? 0,
    lostReason: r.lost_reason,
    expectedCloseDate: r.expected_close_date,
    contact: r.contact_id ? { id: r.contact_id, name: r.contact_name ?? '' } : null,
    company: r.company_id ? { id: r.company_id, name: r.company_name ?? '' } : null,
    owner: { id: r.owner_id, name: r.owner_name ?? '' },
    move: {
      equipmentType: r.equipment_type,
      weightLb: r.weight_lb === null ? null : Number(r.weight_lb),
      lengthFt: r.length_ft === null ? null : Number(r.length_ft),
      widthFt: r.width_ft === null ? null : Number(r.width_ft),
      heightFt: r.height_ft === null ? null : Number(r.height_ft),
      origin: { city: r.origin_city, state: r.origin_state },
      destination: { city: r.destination_city, state: r.destination_state },
      pickupFrom: r.pickup_from,
      pickupTo: r.pickup_to,
      permitsNeeded: Boolean(r.permits_needed),
      escortsNeeded: Boolean(r.escorts_needed),
    },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    stageChangedAt: r.stage_changed_at,
    closedAt: r.closed_at,
    version: r.version,
  };
}
