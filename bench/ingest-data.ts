import type { IncomingMention } from '../src/modules/listening/index.ts';

/** Watch rules a brand team would keep: its brand, products, competitors, a topic. */
export const benchRules = [
  { name: 'Lumo', category: 'brand', query: 'lumo OR @lumohelp OR #lumo' },
  { name: 'Lumo X2', category: 'product', query: '"lumo x2" OR "x2 router"' },
  { name: 'Lumo app', category: 'product', query: 'lumo AND (app OR ios OR android)' },
  { name: 'Lumo mesh', category: 'product', query: 'lumo AND mesh* -job*' },
  { name: 'Brightwave', category: 'competitor', query: 'brightwave OR "bright wave"' },
  { name: 'Netaro', category: 'competitor', query: 'netaro' },
  { name: 'Outages', category: 'topic', query: 'outage OR "internet down" OR "no signal"' },
  { name: 'Billing', category: 'topic', query: 'refund OR "charged twice" OR invoice OR billing' },
  { name: 'Security', category: 'topic', query: 'hack* OR breach OR vulnerability OR "data leak"' },
  { name: 'Praise', category: 'topic', query: 'sentiment:positive AND (lumo OR brightwave OR netaro)' },
] as const;

const openings = [
  'Just set up my',
  'Honestly the',
  'Day three with the',
  'Anyone else having trouble with the',
  'Loving the new',
  'Why does my',
  'Switched from Netaro to the',
  'Brightwave support is slow but the',
  'Thinking about buying the',
  'Third outage this week and the',
];
const products = [
  'Lumo X2',
  'Lumo mesh kit',
  'Lumo app',
  'x2 router',
  'Brightwave hub',
  'Netaro box',
  'Lumo X3',
];
const endings = [
  'works great, setup took five minutes.',
  'keeps dropping the connection every evening.',
  'is fine, nothing special.',
  'charged twice on my invoice, need a refund.',
  'has the best range I have seen!',
  'app crashes when I open settings?',
  'would be great with a guest network schedule.',
  'no signal upstairs at all :(',
  'support answered within an hour, thanks @lumohelp',
  'feels slower after the 4.2 update.',
];

/** A realistic mention, different for every n (so every one has its own dedupe key). */
export function benchMention(n: number, prefix: string, at: Date): IncomingMention {
  const text = `${openings[n % openings.length]} ${products[(n >> 2) % products.length]} ${
    endings[(n >> 3) % endings.length]
  } #${n % 7 === 0 ? 'lumo' : 'wifi'} ${n}`;
  return {
    externalId: `${prefix}-${n}`,
    text,
    author: { handle: `user_${n % 5000}`, name: `User ${n % 5000}` },
    platform: n % 3 === 0 ? 'reddit' : 'twitter',
    url: `https://social.example/${prefix}/${n}`,
    publishedAt: at,
  };
}

const burstTexts = [
  'My Lumo X2 battery swelled and started smoking overnight, is this a fire risk?',
  'Lumo X2 caught fire in our hallway. Unacceptable, where is the recall?',
  'Seeing reports of Lumo X2 batteries overheating, unplugging mine now',
  'Is anyone from @lumohelp going to explain the X2 battery fires?',
];

/** The crisis the burst stands for: everyone at once about the same battery fire. */
export function burstMention(n: number, at: Date): IncomingMention {
  return {
    externalId: `burst-${n}`,
    text: `${burstTexts[n % burstTexts.length]} (${n})`,
    author: { handle: `worried_${n % 20_000}` },
    platform: n % 4 === 0 ? 'reddit' : 'twitter',
    url: `https://social.example/burst/${n}`,
    publishedAt: at,
  };
}
