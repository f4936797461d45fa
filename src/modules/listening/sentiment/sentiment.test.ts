import { describe, expect, it } from 'vitest';
import { scoreSentiment } from './index.ts';

describe('scoreSentiment', () => {
  it('scores plainly positive and negative texts on the right side', () => {
    expect(scoreSentiment('What a great, wonderful day').label).toBe('positive');
    expect(scoreSentiment('This is a terrible, awful product').label).toBe('negative');
  });

  it('flips a negated word', () => {
    const plain = scoreSentiment('The support was good');
    const negated = scoreSentiment('The support was not good');
    const contracted = scoreSentiment("The support wasn't good");
    expect(plain.score).toBeGreaterThan(0);
    expect(negated.score).toBeLessThan(0);
    expect(contracted.score).toBeLessThan(0);
  });

  it('strengthens with an intensifier and softens with a hedge', () => {
    const plain = scoreSentiment('The update is good').score;
    expect(scoreSentiment('The update is very good').score).toBeGreaterThan(plain);
    expect(scoreSentiment('The update is kinda good').score).toBeLessThan(plain);
  });

  it('counts ALL CAPS, "!" and emoticons', () => {
    const plain = scoreSentiment('this is good').score;
    expect(scoreSentiment('this is GOOD').score).toBeGreaterThan(plain);
    expect(scoreSentiment('this is good!!!').score).toBeGreaterThan(plain);
    expect(scoreSentiment('see you tomorrow :)').label).toBe('positive');
    expect(scoreSentiment('see you tomorrow :(').label).toBe('negative');
  });

  it('weighs what follows "but" over what precedes it', () => {
    expect(scoreSentiment('The food was great but the service was terrible').score).toBeLessThan(0);
  });

  it('reads a device running hot as a fault, and a warm welcome as praise', () => {
    const fault = scoreSentiment(
      'My thermostat got really hot after the update, the case is warm to the touch.',
    );
    expect(fault.label).toBe('negative');
    expect(fault.drivers.map((driver) => driver.word)).toEqual(expect.arrayContaining(['hot', 'warm']));
    expect(scoreSentiment('Units running hot since firmware 5.1').label).toBe('negative');
    expect(scoreSentiment('It keeps overheating').label).toBe('negative');
    expect(scoreSentiment('What a warm welcome from the team!').label).toBe('positive');
  });

  it('leaves a text without sentiment at about 0 and neutral', () => {
    const result = scoreSentiment('The meeting is on Tuesday at 10 in room 4.');
    expect(Math.abs(result.score)).toBeLessThan(0.05);
    expect(result.label).toBe('neutral');
    expect(result.drivers).toEqual([]);
    expect(scoreSentiment('').score).toBe(0);
  });

  it('lists the words that drove the score, strongest first, summing to the score', () => {
    const result = scoreSentiment('I love the new design but the app is slow and buggy, awful');
    const words = result.drivers.map((driver) => driver.word);
    expect(words).toContain('love');
    expect(words).toContain('awful');
    const weights = result.drivers.map((driver) => Math.abs(driver.weight));
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    const sum = result.drivers.reduce((total, driver) => total + driver.weight, 0);
    expect(sum).toBeCloseTo(result.score, 2);
    const negated = scoreSentiment('not good');
    expect(negated.drivers[0]?.word).toBe('good');
    expect(negated.drivers[0]?.weight).toBeLessThan(0);
  });

  it('stays within −1…1 and is fast', () => {
    const text = 'AMAZING!!! best thing ever, so so so good, love love love it :D';
    expect(scoreSentiment(text).score).toBeLessThanOrEqual(1);
    expect(scoreSentiment(text.replace(/good|love|best|AMAZING/g, 'awful')).score).toBeGreaterThanOrEqual(-1);
    const texts = Array.from({ length: 5000 }, (_, i) => `Item ${i}: the delivery was not too bad but slow`);
    const start = performance.now();
    for (const t of texts) scoreSentiment(t);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
