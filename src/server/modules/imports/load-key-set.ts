import type { Db } from '../../../db/types';
import { keysOfContact, keysOfRow } from './duplicate-index';
import { countLiveContacts, forEachLiveContactKeys } from './duplicate-repo';
import type { PreparedRow } from './prepare-row';

// Decision 027. In a bulk load most rows are new, yet each batch asked the database for every row's phones,
// emails and name + company (a quarter of the SQL time at 1M rows). A load instead keeps a hash of every live
// contact's duplicate keys — read once when the run starts, then each batch's rows added — and asks the
// database only about rows with a key in it: a hash can collide, never miss, so the database still decides
// every match. 53-bit hashes in a Float64Array: ~10 bytes a key, ~35 MB for a million contacts.

const EMPTY = 0;

export class KeyHashSet {
  private slots: Float64Array;
  private count = 0;

  constructor(expectedKeys: number) {
    this.slots = new Float64Array(Math.max(1024, Math.ceil(expectedKeys / 0.7)));
  }

  get size() {
    return this.count;
  }

  add(key: string): void {
    if (this.count + 1 > this.slots.length * 0.7) this.grow();
    if (this.insert(hash53(key))) this.count += 1;
  }

  has(key: string): boolean {
    const h = hash53(key);
    const n = this.slots.length;
    for (let i = h % n; ; i = i + 1 === n ? 0 : i + 1) {
      const s = this.slots[i]!;
      if (s === h) return true;
      if (s === EMPTY) return false;
    }
  }

  private insert(h: number): boolean {
    const n = this.slots.length;
    for (let i = h % n; ; i = i + 1 === n ? 0 : i + 1) {
      const s = this.slots[i]!;
      if (s === h) return false;
      if (s === EMPTY) {
        this.slots[i] = h;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Float64Array(old.length * 2);
    for (const h of old) if (h !== EMPTY) this.insert(h);
  }
}

/** Two 32-bit FNV-1a variants over the UTF-16 code units, joined into a non-zero 53-bit integer. */
function hash53(key: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return ((b >>> 0) & 0x1fffff) * 0x100000000 + (a >>> 0) || 1;
}

/** The duplicate keys of every live contact, for a bulk load's run (new or resumed). */
export async function loadKeySetOf(db: Db, rowsToGo: number): Promise<KeyHashSet> {
  const set = new KeyHashSet((rowsToGo + (await countLiveContacts(db))) * 3.5);
  await forEachLiveContactKeys(db, (c) => {
    for (const k of keysOfContact(c)) set.add(k);
  });
  return set;
}

/** The rows with a key the set may hold: only these need the database's duplicate lookup. */
export function rowsMaybeKnown(set: KeyHashSet, rows: PreparedRow[]): PreparedRow[] {
  return rows.filter((r) => keysOfRow(r).some((k) => set.has(k.key)));
}

/** After a batch commits: its rows' keys are now contacts' keys (created, or filled into one). */
export function addRowKeys(set: KeyHashSet, rows: PreparedRow[]): void {
  for (const r of rows) for (const k of keysOfRow(r)) set.add(k.key);
}
