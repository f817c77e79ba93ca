// The access module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { closedStatuses, defaultLeadRules, getLeadRules, type LeadRules, leadRulesKey } from './lead-rules';
export { statesOfRep } from './repo';
export {
  canEditContact,
  contactVisibility,
  hasTwoHalves,
  leadVisibility,
  seesEverything,
  type VisibilityHalf,
  visibleContacts,
} from './visibility';
