import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { leadEventDetail } from '../contacts/lead-timeline';
import { claimFailure } from '../leads/leads-api';
import { stateMetricsCsv } from './metrics-csv';
import type { RepMetrics, TerritoryMetrics } from './territories-api';
import { stripesId, territoryChanges, territoryModel } from './territory-model';

const rep = (repId: string, name: string, states: string[]): RepMetrics => ({
  repId,
  name,
  states,
  total: 0,
  open: 0,
  worked: 0,
  coverage: 0,
  conversion: 0,
});
const metrics: TerritoryMetrics = {
  reps: [rep('s', 'Sarah Mitchell', ['LA', 'TX']), rep('a', 'Alex Carter', ['NM', 'OK', 'TX'])],
  states: [
    { state: 'TX', total: 10, unassigned: 4, claimed: 6, worked: 3, coverage: 0.3, conversion: 0.333 },
    { state: null, total: 2, unassigned: 2, claimed: 0, worked: 0, coverage: 0, conversion: 0 },
  ],
};

describe('territory model', () => {
  it('orders reps by name, gives each a colour, and knows who shares a state', () => {
    const model = territoryModel(metrics);
    expect(model.reps.map((r) => r.name)).toEqual(['Alex Carter', 'Sarah Mitchell']);
    expect(model.reps[0]!.color).not.toBe(model.reps[1]!.color);
    expect(model.repsOf('TX').map((r) => r.repId)).toEqual(['a', 's']);
    expect(model.repsOf('ME')).toEqual([]);
    expect(stripesId(model.repsOf('TX'))).toMatch(/^stripes-[0-9a-f]{6}-[0-9a-f]{6}$/);
    expect(model.metricsOf('TX')?.unassigned).toBe(4);
  });

  it('changes only the reps whose membership of the state changes', () => {
    // Alex keeps Texas, Sarah leaves it; nobody else is touched.
    expect(territoryChanges(metrics.reps, 'TX', new Set(['a']))).toEqual([{ repId: 's', states: ['LA'] }]);
    expect(territoryChanges(metrics.reps, 'AR', new Set(['s']))).toEqual([
      { repId: 's', states: ['AR', 'LA', 'TX'] },
    ]);
    expect(territoryChanges(metrics.reps, 'TX', new Set(['a', 's']))).toEqual([]);
  });

  it('exports the state table as CSV with names, reps and percentages', async () => {
    const model = territoryModel(metrics);
    const text = await stateMetricsCsv(metrics.states, model.repsOf).text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[1]).toBe('Texas,TX,Alex Carter; Sarah Mitchell,10,4,6,3,30,33.3');
    expect(lines[2]).toBe('No state,,,2,2,0,0,0,0');
  });
});

describe('lead messages', () => {
  it('names the owner of a lead someone else claimed first, and the limit that stopped a claim', () => {
    const taken = new ApiError(409, 'lead_already_claimed', 'Sarah Mitchell already claimed this lead.', {
      ownerId: 's',
      ownerName: 'Sarah Mitchell',
    });
    expect(claimFailure(taken).title).toBe('Already claimed by Sarah Mitchell');
    const limit = new ApiError(422, 'daily_claim_limit', 'You have claimed 100 leads in the last 24 hours.');
    expect(claimFailure(limit)).toEqual({
      title: 'Daily claim limit reached',
      message: 'You have claimed 100 leads in the last 24 hours.',
    });
  });

  it('words the pool events of the timeline', () => {
    expect(leadEventDetail('contact.released', { reason: 'Wrong region' })).toBe('Reason: Wrong region');
    expect(leadEventDetail('contact.assigned', { fromName: 'Jessica Chen', toName: null })).toBe(
      'Jessica Chen → the pool',
    );
    expect(leadEventDetail('contact.assigned', { toName: 'Alex Carter', via: 'auto_assign' })).toBe(
      'Alex Carter (auto-assign)',
    );
  });
});
