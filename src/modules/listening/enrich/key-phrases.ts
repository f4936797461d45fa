/**
 * Key phrases of one mention: the runs of content words between stop words (the idea behind
 * RAKE), longest first, so "battery drain" wins over "battery". Themes over time are counts of
 * these phrases, which is why they are normalised (lower case, no accents, no punctuation).
 */
const stopWords = new Set(
  (
    'a about above after again against all also am an and any are aren as at be because been before being below ' +
    'between both but by can cannot could couldn did didn do does doesn doing don down during each even ever every ' +
    'few for from further get gets getting got had hadn has hasn have haven having he her here hers herself him ' +
    'himself his how i if in into is isn it its itself just know let like lol made make makes many me might more ' +
    'most much must my myself need needs never new no nor not now of off oh ok okay on once one only or other our ' +
    'ours ourselves out over own please pretty really right same say says see seems she should shouldn since so ' +
    'some still such sure than that the their theirs them themselves then there these they thing things think this ' +
    'those though through to today too try trying under until up us use used using very via want wants was wasn ' +
    'way we well were weren what when where which while who whom why will with without won would wouldn yes yet ' +
    'you your yours yourself yourselves anyone anything someone something everyone everything always already ' +
    'back going gonna hi hello hey thanks thank day days time week ago im ive dont cant wont thats ' +
    'keep keeps kept take takes took taken add adds added work works worked go goes went come comes came ' +
    'tried tries said told give gave put looks looking feel feels felt'
  ).split(' '),
);

const tokenPattern =
  /#[\p{L}\p{N}_]+|@[\p{L}\p{N}_]+|https?:\/\/\S+|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[.,!?;:()"]/gu;

const isWord = /^\p{L}[\p{L}\p{N}-]{2,}$/u;
/** Product and model names such as "x2" or "4k" are short but carry the topic. */
const isModelName = /^(?=.*\p{N})(?=.*\p{L})[\p{L}\p{N}-]{2,}$/u;

function normalise(word: string): string {
  // Most words are plain ASCII: folding accents only where there are any saves most of the cost.
  const folded = /^[\x20-\x7e]*$/.test(word) ? word : word.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

/** Runs of content words; stop words, punctuation, links, handles and numbers end a run. */
function candidateRuns(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const [token] of text.matchAll(tokenPattern)) {
    if (token.startsWith('#') && token.length > 2) {
      close();
      runs.push([normalise(token)]);
      continue;
    }
    const word = normalise(token);
    const content = (isWord.test(word) || isModelName.test(word)) && !stopWords.has(word);
    if (!content) close();
    else if (run.length < 3) run.push(word);
    else {
      close();
      run.push(word);
    }
  }
  close();
  return runs;
}

/** Only English has a stop-word list here; other languages keep just their hashtags. */
export function keyPhrases(text: string, language: string, limit = 4): string[] {
  const all = candidateRuns(text.slice(0, 5_000));
  const runs = language === 'eng' ? all : all.filter((run) => run[0]?.startsWith('#'));
  const phrases = new Map<string, number>();
  for (const run of runs) {
    const phrase = run.join(' ');
    phrases.set(phrase, (phrases.get(phrase) ?? 0) + run.length * 2 + phrase.length / 100);
  }
  return [...phrases.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([phrase]) => phrase);
}
