import { describe, expect, it } from 'vitest';
import { nameKey, suggestMerges, type Candidate } from './merge-suggestions.ts';

const dana: Candidate = {
  id: 'a',
  name: 'Dana Reyes',
  identities: [{ kind: 'email', platform: '', value: 'dana.reyes@acme-tools.com' }],
};

describe('merge suggestions', () => {
  it('spells names one way', () => {
    expect(nameKey('  José  Núñez ')).toBe('jose nunez');
    expect(nameKey('@Dana_Reyes')).toBe('dana reyes');
  });

  it('suggests the same full name with a handle made from the address, or used on another platform', () => {
    const twitter: Candidate = {
      id: 'b',
      name: 'dana reyes',
      identities: [{ kind: 'handle', platform: 'twitter', value: 'danareyes' }],
    };
    const initials: Candidate = {
      id: 'c',
      name: 'Dana Reyes',
      identities: [{ kind: 'handle', platform: 'reddit', value: 'dreyes' }],
    };
    expect(suggestMerges(dana, [twitter, initials])).toEqual([
      {
        id: 'b',
        reasons: [
          'the same name (Dana Reyes)',
          'the handle @danareyes (twitter) matches the address dana.reyes@acme-tools.com',
        ],
      },
      {
        id: 'c',
        reasons: [
          'the same name (Dana Reyes)',
          'the handle @dreyes (reddit) matches the address dana.reyes@acme-tools.com',
        ],
      },
    ]);
    expect(
      suggestMerges(twitter, [
        { ...initials, identities: [{ kind: 'handle', platform: 'reddit', value: 'danareyes' }] },
      ])[0]?.reasons,
    ).toEqual(['the same name (dana reyes)', 'the handle @danareyes is used on both twitter and reddit']);
  });

  it('does not take a handle made from the name for proof: every namesake has one', () => {
    const twitter: Candidate = {
      id: 'b',
      name: 'Dana Reyes',
      identities: [{ kind: 'handle', platform: 'twitter', value: 'danareyes' }],
    };
    const gmail: Candidate = {
      id: 'c',
      name: 'Dana Reyes',
      identities: [{ kind: 'email', platform: '', value: 'dana@gmail.com' }],
    };
    expect(suggestMerges(twitter, [gmail])).toEqual([]);
  });

  it('suggests the same full name at the same company domain, never at a mail provider', () => {
    const work: Candidate = {
      id: 'b',
      name: 'Dana Reyes',
      identities: [{ kind: 'email', platform: '', value: 'd.reyes@acme-tools.com' }],
    };
    expect(suggestMerges(dana, [work])[0]?.reasons).toEqual([
      'the same name (Dana Reyes)',
      'both write from an address at acme-tools.com',
    ]);
    const gmailA = {
      ...dana,
      identities: [{ kind: 'email' as const, platform: '', value: 'dana1@gmail.com' }],
    };
    const gmailB = {
      ...work,
      identities: [{ kind: 'email' as const, platform: '', value: 'dana2@gmail.com' }],
    };
    expect(suggestMerges(gmailA, [gmailB])).toEqual([]);
  });

  it('does not suggest on one reason alone, on a first name only, or the member itself', () => {
    const sameNameOnly: Candidate = { id: 'b', name: 'Dana Reyes', identities: [] };
    const otherName: Candidate = {
      id: 'c',
      name: 'Dan Reyes',
      identities: [{ kind: 'email', platform: '', value: 'dan@acme-tools.com' }],
    };
    expect(suggestMerges(dana, [sameNameOnly, otherName, dana])).toEqual([]);
    const sam: Candidate = {
      id: 'd',
      name: 'Sam',
      identities: [{ kind: 'handle', platform: 'x', value: 'samm' }],
    };
    const sam2: Candidate = {
      id: 'e',
      name: 'Sam',
      identities: [{ kind: 'email', platform: '', value: 'samm@z.io' }],
    };
    expect(suggestMerges(sam, [sam2])).toEqual([]);
  });
});
