// The contacts module's public face: what other modules, the app, cli, seed, jobs and bench may use.
export { type BulkRequest, bulkSelectionOf } from './bulk-selection';
export { contactCollectionRoutes } from './collection-routes';
export { type CompanyRef, ensureCompanies } from './companies-ensure';
export { companyRoutes } from './companies-routes';
export { duplicateKeysOf } from './duplicates';
export { inputOf, updateContact } from './edit';
export { resolveFilter } from './list';
export { countContacts, listContactPage, type ResolvedFilter, whereFilter } from './list-repo';
export { mergeContacts } from './merge';
export { addNote } from './notes';
export { type PreparedContact, type Problem, prepareContact } from './prepare';
export { presentContact } from './presenter';
export {
  type ContactRow,
  type ContactWithNames,
  findContactById,
  findContactsByIds,
  insertContacts,
  insertContactTags,
  replaceContactTags,
  selectContactsWithNames,
  touchContactActivity,
  updateContactIfVersion,
} from './repo';
export { contactRoutes } from './routes';
export { searchRoutes } from './search-routes';
export { search } from './search-service';
export { createContact, getContact, loadVisibleContact } from './service';
