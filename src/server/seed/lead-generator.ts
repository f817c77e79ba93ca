import {
  companyFirstWords,
  companySuffixes,
  companyTrades,
  firstNames,
  lastNames,
  markets,
  sources,
  tagPool,
  titles,
} from './lead-data';

export type GeneratedLead = {
  firstName: string;
  lastName: string;
  companyName: string;
  industry: string;
  equipment: string;
  title: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  city: string;
  state: string;
  zip: string;
  source: string;
  tags: string[];
};

/** mulberry32: small, fast, and the same leads for the same seed on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const totalWeight = markets.reduce((s, m) => s + m.weight, 0);

/** The market at point `w` of [0, totalWeight), so bigger markets get proportionally more leads. */
function marketAt(w: number) {
  let rest = w;
  for (const m of markets) {
    rest -= m.weight;
    if (rest < 0) return m;
  }
  return markets[0]!;
}

/**
 * Realistic heavy-haul leads: people at companies that move oversize equipment, in states weighted like the
 * market, with valid local phone numbers and ZIPs. Used by the demo seed (~2,000) and bench:data (up to 1M).
 */
export function* generateLeads(count: number, seed = 42): Generator<GeneratedLead> {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');
  // Each company has several contacts; ~1 company per 4 leads keeps the company list believable.
  const companyCount = Math.max(1, Math.ceil(count / 4));
  for (let i = 0; i < count; i++) {
    const companyNo = Math.floor(rand() * companyCount);
    // A company's people work from its home market (a stable function of the company), mostly.
    const market = marketAt(
      (rand() < 0.9 ? (Math.imul(companyNo + 1, 2654435761) >>> 0) / 4294967296 : rand()) * totalWeight,
    );
    const [city, zip3] = pick(market.cities);
    const trade = companyTrades[companyNo % companyTrades.length]!;
    const word = companyFirstWords[Math.floor(companyNo / companyTrades.length) % companyFirstWords.length]!;
    const suffix = companySuffixes[companyNo % companySuffixes.length];
    // Past the first 480 names a family name in front makes more, the way real firms are named.
    const combos = companyTrades.length * companyFirstWords.length;
    const surname = companyNo < combos ? '' : lastNames[Math.floor(companyNo / combos) % lastNames.length];
    const companyName = [surname, word, trade[0], suffix].filter(Boolean).join(' ');
    const firstName = pick(firstNames);
    const lastName = pick(lastNames);
    const domain = `${companyName.toLowerCase().replace(/[^a-z0-9]+/g, '')}.com`;
    const exchange = () => `${2 + Math.floor(rand() * 7)}${digits(2).replace(/^11$/, '12')}`;
    const phone = () => `(${pick(market.areaCodes)}) ${exchange()}-${digits(4)}`;
    const r = rand();
    yield {
      firstName,
      lastName,
      companyName,
      industry: trade[1],
      equipment: trade[2],
      title: pick(titles),
      email: r < 0.85 ? `${firstName[0]!.toLowerCase()}${lastName.toLowerCase()}${i % 97}@${domain}` : null,
      phone: r > 0.05 ? phone() : null,
      mobile: rand() < 0.35 ? phone() : null,
      city,
      state: market.code,
      zip: `${zip3}${digits(2)}`,
      source: pick(sources),
      tags: rand() < 0.25 ? [pick(tagPool)] : [],
    };
  }
}
