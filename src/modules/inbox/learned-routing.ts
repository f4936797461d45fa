import type { Db } from '../../db/index.ts';
import { parseRouter, predictRoute, type RouterModel } from './learned-router/index.ts';
import { latestRouterModel, latestRouterModelInfo } from './queries/router-models.ts';
import type { InboxSettingsRow } from './queries/settings.ts';
import { existingTeamIds } from './queries/teams.ts';
import type { RuleTrace } from './routing.ts';

// Parsing a model costs more than a prediction: each node keeps the newest one it has read.
let cached: { id: string; model: RouterModel } | null = null;

async function currentModel(db: Db): Promise<RouterModel | null> {
  const latest = await latestRouterModelInfo(db);
  if (!latest) return null;
  if (cached?.id !== latest.id) {
    const row = await latestRouterModel(db);
    if (!row) return null;
    cached = { id: row.id, model: parseRouter(row.model) };
  }
  return cached.model;
}

export interface LearnedTeam {
  teamId: string;
  confidence: number;
  applied: boolean;
  trace: RuleTrace;
}

/** The learned router's team for a text, applied only when confident enough and allowed to. */
export async function predictTeam(
  db: Db,
  settings: InboxSettingsRow,
  text: string,
): Promise<LearnedTeam | null> {
  if (settings.learnedRouting === 'off' || text.trim() === '') return null;
  const model = await currentModel(db);
  if (!model) return null;
  const prediction = predictRoute(model, text);
  if (!(await existingTeamIds(db, [prediction.label])).has(prediction.label)) return null;
  const applied = settings.learnedRouting === 'apply' && prediction.confidence >= settings.applyConfidence;
  const percent = Math.round(prediction.confidence * 100);
  const words = prediction.evidence.slice(0, 5).map((item) => item.feature);
  return {
    teamId: prediction.label,
    confidence: prediction.confidence,
    applied,
    trace: {
      ruleId: 'learned-router',
      name: 'Learned router',
      matched: applied,
      reasons: [
        `${applied ? '✓' : '✗'} ${percent}% sure of team ${prediction.label}${applied ? '' : ` (applies from ${Math.round(settings.applyConfidence * 100)}% when set to apply; suggested instead)`}`,
        ...(words.length > 0 ? [`words that decided it: ${words.join(', ')}`] : []),
      ],
      applied: applied ? [`teamId = ${prediction.label}`] : [],
    },
  };
}
