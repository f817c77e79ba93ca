// The search module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { buildSearchTermsFromDocuments } from './load-terms';
export {
  hasPendingSearchTerms,
  insertImportedSearchTerms,
  MERGE_EVERY_ROWS,
  mergePendingSearchTerms,
} from './pending-terms';
export { insertSearchTerms, matchEntityIds, replaceSearchTerms } from './repo';
export { companyTerms, contactTerms, queryTerms } from './terms';
