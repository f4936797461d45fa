import { describe, expect, it } from 'vitest';
import { classifyIntent, detectLanguage, enrichMention, keyPhrases } from './index.ts';

describe('mention enrichment', () => {
  it('tells the intent from cues and says which cue decided it', () => {
    expect(classifyIntent('The app keeps crashing when I open settings', -0.4)).toEqual({
      intent: 'bug',
      cue: '"keeps crashing"',
    });
    expect(classifyIntent('It would be great if the router had a guest schedule', 0.5).intent).toBe('idea');
    expect(classifyIntent('How do I reset my Lumo X2?', 0)).toMatchObject({ intent: 'question' });
    expect(classifyIntent('Still waiting for my refund, three weeks now', -0.1)).toMatchObject({
      intent: 'complaint',
      cue: '"still waiting"',
    });
    expect(classifyIntent('Thanks for the quick fix, great job', 0.6).intent).toBe('praise');
    expect(classifyIntent('Picked up a router today', 0).intent).toBe('other');
    // An angry question is a complaint, not a question.
    expect(classifyIntent('Why is your service so terrible?!', -0.7).intent).toBe('complaint');
  });

  it('detects the language, with short or unclear texts as und', () => {
    expect(detectLanguage('My router keeps dropping the connection every evening')).toBe('eng');
    expect(detectLanguage('Le service client est vraiment lent ce mois-ci, je suis déçu')).toBe('fra');
    expect(detectLanguage('Der Kundendienst antwortet seit Wochen nicht auf meine Anfrage')).toBe('deu');
    expect(detectLanguage('No me gusta nada el servicio de atención al cliente, es muy lento')).toBe('spa');
    expect(detectLanguage('Just set up my Lumo X2 router, setup took five minutes #lumo')).toBe('eng');
    expect(detectLanguage('ok')).toBe('und');
  });

  it('picks key phrases, longest runs of content words first, normalised', () => {
    expect(keyPhrases('Battery drain on the Lumo X2 after the update. Battery drain!', 'eng')).toEqual([
      'battery drain',
      'lumo x2',
      'update',
    ]);
    expect(keyPhrases('Café crème at the Café #LumoLove', 'eng')).toContain('#lumolove');
    expect(keyPhrases('Ik ben erg blij met de app #lumo', 'nld')).toEqual(['#lumo']);
  });

  it('explains the sentiment by the words that drove it', () => {
    const result = enrichMention(null, 'The support was terrible and the refund never came');
    expect(result.sentimentLabel).toBe('negative');
    expect(result.explanation.sentimentDrivers.map((driver) => driver.word.toLowerCase())).toContain(
      'terrible',
    );
  });
});
