import type { Migration } from 'kysely';
import * as m0001 from './0001_foundation';
import * as m0002 from './0002_contacts';
import * as m0003 from './0003_imports';
import * as m0004 from './0004_territories';
import * as m0005 from './0005_presence';
import * as m0007 from './0007_calls';
import * as m0008 from './0008_email';
import * as m0009 from './0009_deleted_index_partial';
import * as m0010 from './0010_live_contact_lookups';
import * as m0011 from './0011_import_throughput';
import * as m0012 from './0012_claim_count_indexes';
import * as m0016 from './0016_deals';
import * as m0023 from './0023_pending_search_terms';
import * as m0024 from './0024_owned_lead_indexes';
import * as m0025 from './0025_report_rollups';
import * as m0026 from './0026_first_times_on_contacts';
import * as m0027 from './0027_deferred_builds';
import * as m0028 from './0028_territory_metrics_covering';
import * as m0029 from './0029_text_keys_any_script';

// A static list (not a folder scan) so the bundled server carries its migrations. Names sort in the order
// they run (Kysely sorts by name); gaps are numbers taken by branches in flight.
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_contacts': m0002,
  '0003_imports': m0003,
  '0004_territories': m0004,
  '0005_presence': m0005,
  '0007_calls': m0007,
  '0008_email': m0008,
  '0009_deleted_index_partial': m0009,
  '0010_live_contact_lookups': m0010,
  '0011_import_throughput': m0011,
  '0012_claim_count_indexes': m0012,
  '0016_deals': m0016,
  '0023_pending_search_terms': m0023,
  '0024_owned_lead_indexes': m0024,
  '0025_report_rollups': m0025,
  '0026_first_times_on_contacts': m0026,
  '0027_deferred_builds': m0027,
  '0028_territory_metrics_covering': m0028,
  '0029_text_keys_any_script': m0029,
};
