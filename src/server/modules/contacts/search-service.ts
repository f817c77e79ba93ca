import type { Actor, AppContext } from '../../context';
import { contactVisibility, leadVisibility, seesEverything } from '../access';
import { matchEntityIds, queryTerms } from '../search';
import { findCompaniesByIds } from './companies-repo';
import { findContactsByIds } from './repo';

export type SearchResults = {
  contacts: {
    id: string;
    name: string;
    company: string | null;
    phone: string | null;
    email: string | null;
    city: string | null;
    state: string | null;
    owner: string | null;
    /** Someone else's lead: only name, company and owner are told, so a rep knows it is taken. */
    restricted: boolean;
  }[];
  companies: { id: string; name: string; city: string | null; state: string | null }[];
};

/** Search-as-you-type over contacts and companies; contacts limited to what the person may see. */
export async function search(ctx: AppContext, actor: Actor, q: string, limit = 8): Promise<SearchResults> {
  const terms = queryTerms(q);
  if (terms.length === 0) return { contacts: [], companies: [] };
  const [contactIds, companyIds] = await Promise.all([
    matchEntityIds(ctx.db, 'contact', terms, 200),
    matchEntityIds(ctx.db, 'company', terms, limit * 4),
  ]);
  const canSee = await contactVisibility(ctx.db, actor);
  // Under "territory" visibility a rep still finds other reps' leads, reduced to who owns them.
  const showTaken = !seesEverything(actor) && (await leadVisibility(ctx.db)) === 'territory';
  const [contacts, companies] = await Promise.all([
    findContactsByIds(ctx.db, contactIds),
    findCompaniesByIds(ctx.db, companyIds),
  ]);
  return {
    contacts: contacts
      .filter((c) => !c.deleted_at && (canSee(c) || (showTaken && c.owner_id !== null)))
      .sort((a, b) => a.name_key.localeCompare(b.name_key))
      .slice(0, limit)
      .map((c) => {
        const full = canSee(c);
        return {
          id: c.id,
          name: c.full_name,
          company: c.company_name,
          phone: full ? c.phone : null,
          email: full ? c.email : null,
          city: full ? c.city : null,
          state: full ? c.state : null,
          owner: c.owner_name,
          restricted: !full,
        };
      }),
    companies: companies
      .sort((a, b) => a.name_key.localeCompare(b.name_key))
      .slice(0, limit)
      .map((c) => ({ id: c.id, name: c.name, city: c.hq_city, state: c.hq_state })),
  };
}
