import { describe, expect, it } from 'vitest';
import {
  directReplyMinutes,
  firstResponses,
  parseTwcs,
  parseTwitterTime,
  quantileOf,
  responseStats,
  threadKeys,
} from './inbox-twcs.ts';

const header = 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id';
const at = (time: string) => `Mon Oct 30 ${time} +0000 2017`;
// Four threads: answered after 10 min (then a second reply that is not the first), answered after
// 60 min (its text holds a bare CR, unquoted, as tweet 3399 does), never answered, and one whose
// first tweet is a brand's (its customer's tweet is outside the file) answered 30 min after the
// customer wrote. Brand tweet 6 answers nobody in the file.
const csv = [
  header,
  `1,101,True,${at('10:00:00')},"@Brand help, please",2,`,
  `2,Brand,False,${at('10:10:00')},@101 on it,3,1`,
  `3,101,True,${at('10:20:00')},"thanks ""a lot""",4,2`,
  `4,Brand,False,${at('10:21:00')},@101 welcome,,3`,
  `5,102,True,${at('11:00:00')},line one\r\rline two,7,`,
  `6,Brand,False,${at('09:00:00')},@103 an answer to a tweet not in the file,,99`,
  `7,Brand,False,${at('12:00:00')},@102 sorry,,5`,
  `8,104,True,${at('13:00:00')},nobody answers this,,`,
  `9,Brand,False,${at('14:00:00')},@105 anything else?,10,98`,
  `10,105,True,${at('14:05:00')},yes: my order,11,9`,
  `11,Brand,False,${at('14:35:00')},@105 checking,,10`,
  '',
].join('\n');

describe('TWCS first responses, from the rows alone', () => {
  const tweets = parseTwcs(csv);

  it('reads every row, quotes and a bare CR inside a field included', () => {
    expect(tweets).toHaveLength(11);
    expect(tweets[2]?.text).toBe('thanks "a lot"');
    expect(tweets[4]?.text).toBe('line one\r\rline two');
    expect(tweets[4]?.inReplyTo).toBeNull();
    expect(parseTwitterTime('Tue Oct 31 22:10:47 +0000 2017')).toBe(Date.parse('2017-10-31T22:10:47Z'));
  });

  it('keys each tweet by the root of its reply chain within the file', () => {
    const keys = threadKeys(tweets);
    expect([1, 2, 3, 4].map((id) => keys.get(id))).toEqual([1, 1, 1, 1]);
    expect([5, 7].map((id) => keys.get(id))).toEqual([5, 5]);
    expect([9, 10, 11].map((id) => keys.get(id))).toEqual([9, 9, 9]);
    expect(keys.get(6)).toBe(6);
  });

  it('opens at the first customer tweet and answers at the next brand tweet', () => {
    const minute = 60_000;
    const byThread = new Map(firstResponses(tweets).map((r) => [r.thread, r]));
    expect([...byThread.keys()].sort((a, b) => a - b)).toEqual([1, 5, 8, 9]);
    const minutes = (thread: number) => {
      const r = byThread.get(thread);
      return r?.respondedAt == null ? null : (r.respondedAt - r.openedAt) / minute;
    };
    expect([1, 5, 8, 9].map(minutes)).toEqual([10, 60, null, 30]);
    expect(responseStats(firstResponses(tweets))).toEqual({
      conversations: 4,
      answered: 3,
      medianMinutes: 30,
      // Sorted 10, 30, 60: position 1.8 lies 80% of the way from 30 to 60.
      p90Minutes: 54,
    });
  });

  it("recomputes PROVENANCE.md's pairs: brand replies to a customer tweet of the file", () => {
    expect(directReplyMinutes(tweets)).toEqual([10, 1, 60, 30]);
    expect(quantileOf(directReplyMinutes(tweets), 0.5)).toBe(20);
    expect(quantileOf([], 0.5)).toBeNull();
  });
});
