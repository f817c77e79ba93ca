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
    text: 'Every call logged in the period (any outcome, including no answer and voicemail), counted on the organisation’s day (Central time) when it was logged.',
  },
  conversionRate: {
    title: 'Conversion rate',
    anchor: 'conversion-rate',
    text: 'Deals created in the period ÷ distinct leads connected with (a call whose outcome was a conversation: interested, not interested, callback, or wrong person) in the period.',
  },
  pipelineValue: {
    title: 'Pipeline value',
    anchor: 'pipeline-value',
    text: 'The value of every open deal (Qualified, Quote sent, Negotiation) at the end of the period. Weighted multiplies each deal by its stage’s probability.',
  },
  emailResponseRate: {
    title: 'Email response rate',
    anchor: 'email-response-rate',
    text: 'Emails sent in the period that got a reply (an inbound email from the same contact within 14 days) ÷ emails delivered in the period.',
  },
  territoryCoverage: {
    title: 'Territory coverage',
    anchor: 'territory-coverage',
    text: 'Leads in assigned states that were worked (called, emailed or noted at least once) in the period ÷ all leads in assigned states.',
  },
  dealsWon: {
    title: 'Deals won',
    anchor: 'deals-won',
    text: 'Deals moved to Won in the period, and the sum of their values. A deal re-opened later stops counting.',
  },
};
