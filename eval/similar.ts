import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadConfig, type Config } from '../src/config/index.ts';
import type { Actor } from '../src/core/actor.ts';
import { newId } from '../src/core/ids.ts';
import type { Role } from '../src/core/roles.ts';
import type { Database } from '../src/db/index.ts';
import { createHearth } from '../src/hearth.ts';
import { insertUser } from '../src/modules/accounts/index.ts';
import { createThread, similarQuestions } from '../src/modules/forum/index.ts';
import { isLikelyDuplicate } from '../src/modules/forum/similarity/rank.ts';
import { createSpace } from '../src/modules/spaces/use-cases/manage-spaces.ts';
import { classificationMetrics, rankingMetrics, type RankedQuestion } from './metrics.ts';
import type { Progress } from './progress.ts';
import { writeRunFile, type RunLine } from './run-file.ts';
import { isPositive, parseSemevalXml, type OriginalQuestion, type RelatedQuestion } from './semeval-xml.ts';

export interface SimilarEvalOptions {
  input: string;
  out: string;
  /** A migrated database with nothing in it yet; the eval fills it. */
  database: Database;
  /** The PostgreSQL URL of `database` (its job queue connects there), or null on PGlite. */
  databaseUrl: string | null;
  progress?: (label: string, total: number) => Progress;
}

export interface SimilarEvalSummary {
  eval: 'similar';
  input: string;
  questions: number;
  candidates: number;
  /** Distinct related questions, each loaded once as a thread. */
  threads: number;
  /** Null when the file has no gold labels. */
  map: number | null;
  mrr: number | null;
  baseline: 'ir_relq_ranking_order';
  baseline_map: number | null;
  baseline_mrr: number | null;
  ratio: number | null;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  accuracy: number | null;
  db: Database['kind'];
  /** One composer-style call per original question (its subject, limit 5, no `among`), in ms. */
  composer_p50_ms: number;
  composer_p99_ms: number;
  load_seconds: number;
  seconds: number;
}

const spaceSlug = 'questions';
const silentProgress = (): Progress => ({ tick: () => undefined, stop: () => undefined });

/**
 * `hearth eval similar`: loads every related question of a SemEval-2016 Task 3 file as a thread,
 * through the product's create-thread use case, into the given (fresh) database; then asks the
 * composer's `similarQuestions` to rank each original question's candidates (`among` them, so
 * it ranks exactly those, with its ordinary scoring) and writes the run file. MAP and MRR are
 * computed next to the IR baseline (the search engine's RELQ_RANKING_ORDER) in the same run.
 */
export async function evalSimilar(options: SimilarEvalOptions): Promise<SimilarEvalSummary> {
  const started = performance.now();
  const progress = options.progress ?? silentProgress;
  const questions = parseSemevalXml(readFileSync(options.input, 'utf8'));
  const candidates = questions.reduce((sum, question) => sum + question.related.length, 0);
  const config: Config = {
    ...loadConfig({}),
    demo: false,
    logLevel: 'silent',
    databaseUrl: options.databaseUrl,
    jobPollSeconds: 60,
  };
  const hearth = await createHearth({ config, database: options.database, work: false, logLevel: 'silent' });
  try {
    const { ctx } = hearth;
    const admin = await evalUser(options.database, 'admin', 'Eval Admin', 1);
    const author = await evalUser(options.database, 'member', 'Forum Member', 365);
    const asker = await evalUser(options.database, 'member', 'New Asker', 365);
    await createSpace(
      ctx,
      admin,
      {
        name: 'Questions',
        slug: spaceSlug,
        description: 'Related questions of the SemEval file.',
        kind: 'questions',
      },
      // The space admits roles only: no group to look up.
      async () => new Set<string>(),
      { ip: null, userAgent: null },
    );

    // Each distinct related question once: the same forum question can come back for several
    // original questions, under its own RELQ_ID or naming the first one it is the same as.
    const threadIds = new Map<string, string>();
    const distinct = new Map<string, RelatedQuestion>();
    for (const question of questions)
      for (const related of question.related) {
        const key = threadKey(related);
        if (!distinct.has(key)) distinct.set(key, related);
      }
    const loading = progress('Loading threads', distinct.size);
    for (const [key, related] of distinct) {
      const page = await createThread(ctx, author, {
        space: spaceSlug,
        title: related.subject.slice(0, 200),
        body: related.body,
      });
      threadIds.set(key, page.thread.id);
      loading.tick();
    }
    loading.stop();
    const loadSeconds = (performance.now() - started) / 1000;

    const lines: RunLine[] = [];
    const ranked: RankedQuestion[] = [];
    const baseline: RankedQuestion[] = [];
    const pairs: { predicted: boolean; actual: boolean }[] = [];
    const ranking = progress('Ranking', questions.length);
    for (const question of questions) {
      const ids = question.related.map((related) => threadIds.get(threadKey(related)) ?? '');
      const found = await similarQuestions(ctx, asker, {
        title: question.subject,
        body: question.body,
        space: spaceSlug,
        limit: ids.length,
        among: ids,
      });
      const scoreOf = new Map(found.map((item) => [item.id, item.score]));
      // Candidates the function does not return (no shared word) score 0: they keep the input order.
      const scores = ids.map((id) => scoreOf.get(id) ?? 0);
      question.related.forEach((related, i) => {
        const score = scores[i] ?? 0;
        lines.push({
          questionId: question.id,
          candidateId: related.id,
          score,
          relevant: isLikelyDuplicate(score),
        });
        pairs.push({ predicted: isLikelyDuplicate(score), actual: isPositive(related.relevance) });
      });
      const positives = question.related.map((related) => isPositive(related.relevance));
      ranked.push({ scores, positives });
      baseline.push({ scores: question.related.map((related) => -related.rankingOrder), positives });
      ranking.tick();
    }
    ranking.stop();
    writeRunFile(options.out, lines);

    const latencies = await composerLatencies(ctx, asker, questions);
    const labelled =
      questions.length > 0 && questions.every((q) => q.related.every((r) => r.relevance !== null));
    const system = labelled ? rankingMetrics(ranked) : null;
    const reference = labelled ? rankingMetrics(baseline) : null;
    const classes = labelled ? classificationMetrics(pairs) : null;
    return {
      eval: 'similar',
      input: options.input,
      questions: questions.length,
      candidates,
      threads: distinct.size,
      map: system ? round(system.map, 4) : null,
      mrr: system ? round(system.mrr, 2) : null,
      baseline: 'ir_relq_ranking_order',
      baseline_map: reference ? round(reference.map, 4) : null,
      baseline_mrr: reference ? round(reference.mrr, 2) : null,
      ratio: system && reference && reference.map > 0 ? round(system.map / reference.map, 3) : null,
      precision: classes ? round(classes.precision, 2) : null,
      recall: classes ? round(classes.recall, 2) : null,
      f1: classes ? round(classes.f1, 2) : null,
      accuracy: classes ? round(classes.accuracy, 2) : null,
      db: options.database.kind,
      composer_p50_ms: round(percentile(latencies, 0.5), 2),
      composer_p99_ms: round(percentile(latencies, 0.99), 2),
      load_seconds: round(loadSeconds, 1),
      seconds: round((performance.now() - started) / 1000, 1),
    };
  } finally {
    await hearth.close();
  }
}

/** One id per distinct forum question: what it says it is the same as, else its own (text checked). */
function threadKey(related: RelatedQuestion): string {
  return `${related.sameAs ?? related.id}\u0000${related.subject}\u0000${related.body}`;
}

/** What the composer does while someone types a title: no `among`, the first five. */
async function composerLatencies(
  ctx: Awaited<ReturnType<typeof createHearth>>['ctx'],
  asker: Actor,
  questions: readonly OriginalQuestion[],
): Promise<number[]> {
  const times: number[] = [];
  for (const question of questions) {
    const start = performance.now();
    await similarQuestions(ctx, asker, { title: question.subject, limit: 5 });
    times.push(performance.now() - start);
  }
  return times;
}

async function evalUser(database: Database, role: Role, name: string, daysAgo: number): Promise<Actor> {
  const now = new Date();
  const id = newId();
  const handle = `${role}_${id.slice(0, 8)}`;
  // Members are sandboxed in their first days (a few posts an hour): these joined long ago.
  await insertUser(database.db, {
    id,
    email: `${handle}@eval.hearth.local`,
    name,
    handle,
    passwordHash: null,
    role,
    status: 'active',
    emailVerifiedAt: now,
    createdAt: new Date(now.getTime() - daysAgo * 86_400_000),
    updatedAt: now,
  });
  return { userId: id, role, name, via: 'session', sessionId: null, tokenId: null, scope: 'session' };
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
