/**
 * The same-run baseline for `hearth eval sentiment`: a plain word count. (positive words −
 * negative words) / (their total + 1), with no negation, intensifiers, contrast, emphasis or
 * weights: what the product's scorer has to beat. The word lists are short and written here.
 */
const positive = new Set(
  (
    'good great love loved like liked best better nice happy glad fun funny awesome amazing excellent ' +
    'wonderful fantastic beautiful perfect brilliant enjoy enjoyed cool favorite recommend superb ' +
    'pleasant charming delightful lovely sweet win won success thanks thank positive fine well ' +
    'interesting smart impressive worth easy clever strong fresh hope hopeful proud yay lol'
  ).split(' '),
);
const negative = new Set(
  (
    'bad worse worst hate hated awful terrible horrible poor boring dull sad angry annoying stupid ' +
    'ugly wrong fail failed failure problem problems broken waste wasted disappointing disappointed ' +
    'mess crap sucks weak dumb useless pain hurt kill killed dead death war crisis fear afraid ' +
    'lose lost loss sorry hard difficult tired sick ugh mediocre bland cheap'
  ).split(' '),
);

export function wordCountScore(text: string): number {
  let pos = 0;
  let neg = 0;
  for (const word of text.toLowerCase().split(/[^a-z']+/)) {
    if (positive.has(word)) pos += 1;
    else if (negative.has(word)) neg += 1;
  }
  return (pos - neg) / (pos + neg + 1);
}
