// What each manager-dashboard number means, word for word as docs/metrics.md defines it (issue 7).
// The dashboard's "How is this counted?" popovers read this map; keep the two in step.

export type MetricKey =
  | 'callsToday'
  | 'conversionRate'
  | 'pipelineValue'
  | 'emailResponseRate'
  | 'territoryCoverage'
  | 'dealsWon';

export const metricDefinitions: Record<MetricKey, { title: string; anchor: string; text: string }> = {
  callsToday: {
    title: 'Calls',
    anchor: 'calls',
    text: 'Every call logged in the period, any outcome (no answer and voicemail included), on the organisation’s days (Central time).',
  },
  conversionRate: {
    title: 'Conversion rate',
    anchor: 'conversion-rate',
    text: 'Interested calls ÷ connects in the period. A connect is a call where the rep spoke with the person: Interested, Callback, Not interested or Do not call (no answer, voicemail and wrong number are not).',
  },
  pipelineValue: {
    title: 'Pipeline value',
    anchor: 'pipeline-value',
    text: 'The value of every deal open (Qualified, Quote sent, Negotiation) at the end of the period, or now if sooner. Weighted multiplies each deal by the probability of the stage it had then.',
  },
  emailResponseRate: {
    title: 'Email response rate',
    anchor: 'email-response-rate',
    text: 'Emails sent in the period (test sends left out) that got a reply from the lead, whenever it arrived ÷ emails sent in the period.',
  },
  territoryCoverage: {
    title: 'Territory coverage',
    anchor: 'territory-coverage',
    text: 'Leads with at least one call (by anyone) by the end of the period ÷ all live leads at that moment (a rep’s: the leads they own).',
  },
  dealsWon: {
    title: 'Deals won',
    anchor: 'deals-won',
    text: 'Deals moved to Won in the period, and the sum of their values. Won and Lost are final: a deal is never re-opened.',
  },
};
