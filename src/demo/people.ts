/** Invented people for the demo community: first and last names mixed at random, no real person. */
export const firstNames = [
  'Amara',
  'Bastien',
  'Chloé',
  'Dmitri',
  'Elif',
  'Farah',
  'Gustavo',
  'Hana',
  'Idris',
  'Jonas',
  'Keiko',
  'Lena',
  'Mateo',
  'Nadia',
  'Olu',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tamar',
  'Uma',
  'Viktor',
  'Wen',
  'Yara',
  'Zoltan',
];
export const lastNames = [
  'Okafor',
  'Lindqvist',
  'Moreau',
  'Ivanova',
  'Kaya',
  'Haddad',
  'Pereira',
  'Sato',
  'Mensah',
  'Becker',
  'Tanaka',
  'Novak',
  'García',
  'Rahman',
  'Adeyemi',
  'Iyer',
  'Dubois',
  'Santos',
  'Berg',
  'Levi',
  'Nair',
  'Kowalski',
  'Zhang',
];

export function pick<T>(items: readonly T[], random: () => number = Math.random): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list');
  return item;
}

export function inventPerson(random: () => number = Math.random): { name: string; email: string } {
  const first = pick(firstNames, random);
  const last = pick(lastNames, random);
  const tag = Math.floor(random() * 10_000);
  const local = `${first}.${last}${tag}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return { name: `${first} ${last}`, email: `${local}@example.org` };
}
