// `npm run bench:data -- --contacts 1000000 [--out FILE] [--duplicates 0.02] [--seed 42]`
// Writes generated heavy-haul leads as a HubSpot-style CSV (what a customer would upload), streamed.

import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'csv-stringify';
import { type GeneratedLead, generateLeads } from '../src/server/seed/lead-generator';

const header = [
  'First Name',
  'Last Name',
  'Company Name',
  'Job Title',
  'Email',
  'Phone Number',
  'Mobile Phone Number',
  'City',
  'State/Region',
  'Postal Code',
  'Lead Source',
  'Tags',
];
const toRow = (l: GeneratedLead) => [
  l.firstName,
  l.lastName,
  l.companyName,
  l.title,
  l.email ?? '',
  l.phone ?? '',
  l.mobile ?? '',
  l.city,
  l.state,
  l.zip,
  l.source,
  l.tags.join(';'),
];

export async function writeLeadsCsv(
  file: string,
  count: number,
  opts: { duplicates?: number; seed?: number } = {},
) {
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const csv = stringify();
  csv.pipe(out);
  csv.write(header);
  const recent: GeneratedLead[] = [];
  let written = 0;
  for (const lead of generateLeads(count, opts.seed ?? 42)) {
    // Re-emit an earlier person now and then, as purchased lists overlap.
    const dupe = recent.length > 0 && Math.random() < (opts.duplicates ?? 0);
    const row = dupe ? recent[Math.floor(Math.random() * recent.length)]! : lead;
    if (!dupe && recent.length < 5000) recent.push(lead);
    if (!csv.write(toRow(row))) await once(csv, 'drain');
    written++;
  }
  csv.end();
  await once(out, 'finish');
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      contacts: { type: 'string', default: '100000' },
      out: { type: 'string' },
      duplicates: { type: 'string', default: '0.02' },
      seed: { type: 'string', default: '42' },
    },
  });
  const count = Number(values.contacts);
  const file = values.out ?? `data/bench/leads-${count}.csv`;
  const t0 = performance.now();
  const n = await writeLeadsCsv(file, count, {
    duplicates: Number(values.duplicates),
    seed: Number(values.seed),
  });
  console.log(`wrote ${n} leads to ${file} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
