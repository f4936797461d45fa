import type { Intent } from '../types.ts';

export interface IntentResult {
  intent: Intent;
  /** What decided it, for the item page: the words or the pattern. */
  cue: string | null;
}

/** Ordered: a report of something broken is a bug even when it is asked as a question. */
const cues: { intent: Intent; pattern: RegExp }[] = [
  {
    intent: 'bug',
    pattern:
      /\b(bug|bugs|crash(?:es|ed|ing)?|glitch(?:es|y)?|error \d+|error message|broken|(?:does ?n[o']t|do ?n[o']t|not|stopped|never) work(?:s|ing)?|wo ?n'?t (?:load|start|open|connect|boot|sync|update|pair)|keeps? (?:crashing|freezing|dropping|disconnecting|rebooting|restarting)|freez(?:es|ing))\b/i,
  },
  {
    intent: 'idea',
    pattern:
      /\b(feature request|would (?:be|love) (?:nice|great|awesome|cool|helpful|it if)|it'?d be (?:nice|great)|please (?:add|support|bring|make)|(?:could|can) you (?:add|support|make)|i wish (?:it|you|there)|should (?:add|support|have|let|allow)|how about (?:adding|a|an)|suggestion)\b/i,
  },
];

const complaintWords =
  /\b(refund|worst|terrible|awful|horrible|scam|rip-?off|unacceptable|disappointed|disappointing|still waiting|never (?:arrived|received|came)|cancel(?:l?ing)? my|overcharged|charged twice|no one (?:answers|replies|responds)|useless|ridiculous|fed up|furious|angry)\b/i;
const questionStart =
  /^(?:how|what|why|when|where|who|which|can|could|does|do|is|are|should|will|would|has|have|anyone|any idea|is there)\b/i;
const praiseWords =
  /\b(thanks?|thank you|love|loving|awesome|amazing|great job|kudos|brilliant|excellent|fantastic|impressed|well done)\b/i;

function firstMatch(pattern: RegExp, text: string): string | null {
  const found = pattern.exec(text);
  return found ? found[0] : null;
}

/**
 * What the author wants, from cues in the words and the sentiment already scored: question,
 * complaint, praise, idea, bug or other. Rules rather than a model, so the reason can be shown.
 */
export function classifyIntent(text: string, sentiment: number): IntentResult {
  for (const { intent, pattern } of cues) {
    const cue = firstMatch(pattern, text);
    if (cue) return { intent, cue: `"${cue.toLowerCase()}"` };
  }
  const complaint = firstMatch(complaintWords, text);
  if (complaint && sentiment < 0.2) return { intent: 'complaint', cue: `"${complaint.toLowerCase()}"` };
  const trimmed = text.trim();
  if (trimmed.includes('?') && sentiment > -0.5) {
    const start = firstMatch(questionStart, trimmed);
    return { intent: 'question', cue: start ? `starts with "${start.toLowerCase()}" and asks` : 'asks "?"' };
  }
  if (sentiment <= -0.35) return { intent: 'complaint', cue: `negative (${sentiment.toFixed(2)})` };
  const praise = firstMatch(praiseWords, text);
  if (sentiment >= 0.45 || (praise && sentiment > 0.1))
    return {
      intent: 'praise',
      cue: praise ? `"${praise.toLowerCase()}"` : `positive (${sentiment.toFixed(2)})`,
    };
  return { intent: 'other', cue: null };
}
