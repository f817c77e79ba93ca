import { stateTimeZone } from './us-states';

// Parts of split states that keep another zone than the state's main one, by 3-digit ZIP prefix.
// Enough for calling hours (an hour off at a border is the residual risk); refine when a customer needs it.
const zipPrefixZones: [string, string[]][] = [
  ['America/Denver', ['797', '798', '799']], // TX: El Paso and the western tip
  ['America/Chicago', ['324', '325']], // FL: the panhandle west of the Apalachicola
  ['America/Chicago', ['463', '464']], // IN: the north-west (Gary)
  ['America/Chicago', ['423', '424', '427']], // KY: the west
  ['America/New_York', ['370', '371', '373', '374', '376', '377', '378', '379']], // TN: the east
  ['America/Los_Angeles', ['838']], // ID: the panhandle
  ['America/Menominee', ['498', '499']], // MI: the western Upper Peninsula
  ['America/Denver', ['693']], // NE: the panhandle
  ['America/Denver', ['577']], // SD: the west
  ['America/Denver', ['586', '587', '588']], // ND: the south-west
  ['America/Boise', ['979']], // OR: Malheur County
];

const byPrefix = new Map<string, string>();
for (const [zone, prefixes] of zipPrefixZones) for (const p of prefixes) byPrefix.set(p, zone);

/** The lead's IANA time zone from its state, refined by ZIP where a state spans two zones. */
export function timeZoneFor(state: string, zip: string | null): string | null {
  if (zip) {
    const zone = byPrefix.get(zip.slice(0, 3));
    if (zone) return zone;
  }
  return stateTimeZone(state);
}
