import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One line of a SemEval-2016 Task 3 run file: `ORGQ_ID RELQ_ID 0 score true|false`. */
export interface RunLine {
  questionId: string;
  candidateId: string;
  score: number;
  /** The system's own call that the candidate is relevant (a likely duplicate). */
  relevant: boolean;
}

/**
 * The score is written in full (JavaScript's shortest exact form), so the official scorer, which
 * sorts by score and keeps the file order among equals, ranks exactly as the eval did.
 */
export function formatRunLine(line: RunLine): string {
  const score = Number.isFinite(line.score) ? String(line.score) : '0';
  return `${line.questionId} ${line.candidateId} 0 ${score} ${line.relevant ? 'true' : 'false'}`;
}

/** Writes the lines in the order given (the gold file's order: by question, candidates as read). */
export function writeRunFile(path: string, lines: readonly RunLine[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.map((line) => `${formatRunLine(line)}\n`).join(''));
}
