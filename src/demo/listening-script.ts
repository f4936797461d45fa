/**
 * What people say about Lumo (smart thermostats: the Lumo One with its display, the Lumo Duo for
 * heat pumps, the Lumo app, the Lumo Care warranty) and its competitors, on social networks,
 * review sites and in the press. Written for Hearth's demo; every name and handle is invented.
 */
export interface MentionTemplate {
  text: string;
  platform: 'twitter' | 'reddit' | 'reviews' | 'news' | 'mastodon';
  /** Rough share of everyday chatter this kind of mention has. */
  weight: number;
}

export const everydayMentions: readonly MentionTemplate[] = [
  {
    text: 'Installed the Lumo One this weekend, the schedule setup took five minutes. Very happy so far.',
    platform: 'twitter',
    weight: 3,
  },
  {
    text: 'Does the Lumo Duo work with a Daikin heat pump? Thinking about buying one.',
    platform: 'reddit',
    weight: 2,
  },
  {
    text: 'Our heating bill went down a lot since the Lumo Duo. Worth every cent.',
    platform: 'reviews',
    weight: 2,
  },
  {
    text: 'The Lumo app keeps logging me out every morning, really annoying.',
    platform: 'twitter',
    weight: 2,
  },
  {
    text: 'Would be great if the Lumo app had a holiday mode for the whole house.',
    platform: 'reddit',
    weight: 1,
  },
  {
    text: 'Still waiting for my Lumo Care replacement after three weeks. Nobody answers the chat.',
    platform: 'twitter',
    weight: 1,
  },
  {
    text: 'Brightwave or Lumo One for a small flat? The Brightwave looks cheaper.',
    platform: 'reddit',
    weight: 2,
  },
  { text: 'How do I reset the Lumo One to factory settings?', platform: 'reddit', weight: 1 },
  {
    text: 'Lumo support sorted my wiring question in ten minutes, thanks @LumoHelp',
    platform: 'twitter',
    weight: 2,
  },
  {
    text: 'Netaro just announced a thermostat with a bigger screen than the Lumo One.',
    platform: 'news',
    weight: 1,
  },
  {
    text: 'The Lumo One display is gorgeous but the night mode is too bright.',
    platform: 'reviews',
    weight: 1,
  },
  {
    text: 'Charged twice for my Lumo Duo order, waiting on a refund. Not impressed.',
    platform: 'twitter',
    weight: 1,
  },
  {
    text: 'Three stars: the Lumo Duo works, the app is clunky and slow to sync.',
    platform: 'reviews',
    weight: 1,
  },
  { text: 'Anyone else seeing the Lumo app crash after the 4.2 update?', platform: 'mastodon', weight: 1 },
  {
    text: 'Switched from Brightwave to Lumo and the difference in comfort is huge.',
    platform: 'mastodon',
    weight: 1,
  },
];

/** The crisis the demo shows as it starts: a firmware update that makes the Lumo One overheat. */
export const crisisMentions: readonly MentionTemplate[] = [
  {
    text: 'My Lumo One got really hot after last night’s firmware update, the case is warm to touch. Is this safe?',
    platform: 'twitter',
    weight: 3,
  },
  {
    text: 'Lumo One overheating since update 5.1, unplugged it. @LumoHelp what is going on?',
    platform: 'twitter',
    weight: 3,
  },
  {
    text: 'PSA: Lumo One units running hot after firmware 5.1, several people in this thread report it.',
    platform: 'reddit',
    weight: 2,
  },
  {
    text: 'Lumo One smells like burning plastic after the update. Terrible, I have kids at home.',
    platform: 'twitter',
    weight: 2,
  },
  {
    text: 'Reports of Lumo One thermostats overheating after a firmware update, the company has not commented yet.',
    platform: 'news',
    weight: 1,
  },
];

export const handles = [
  'heatpump_hanna',
  'cosyflat',
  'dmitri_builds',
  'greenhome_eli',
  'lena.codes',
  'mateo_diy',
  'nadia_k',
  'olu_at_home',
  'priyathinks',
  'rosa_renovates',
  'svenssons',
  'tamar_t',
  'uma_writes',
  'viktor_v',
  'wen_and_co',
  'yara.green',
  'zoltan_z',
  'amara_o',
  'bastien_b',
  'chloe_makes',
  'elif_e',
  'farah_f',
  'gus_tavo',
  'hana_h',
  'idris_i',
  'jonas_j',
  'keiko_k',
  'thermo_nerd',
  'smarthome_daily',
  'techdesk_news',
];

/** A small seeded generator, so a demo seeded twice tells the same story. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pickWeighted(templates: readonly MentionTemplate[], random: () => number): MentionTemplate {
  const total = templates.reduce((sum, template) => sum + template.weight, 0);
  let at = random() * total;
  for (const template of templates) {
    at -= template.weight;
    if (at <= 0) return template;
  }
  return templates[templates.length - 1] as MentionTemplate;
}
