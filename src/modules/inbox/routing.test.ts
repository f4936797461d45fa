import { describe, expect, it } from 'vitest';
import { routeConversation, type RoutingFacts, type RoutingRule } from './routing.ts';

const facts: RoutingFacts = {
  channel: 'email',
  text: 'I was charged twice for my Premium plan, please refund',
  space: null,
  tags: [],
  memberRole: 'member',
  intent: 'billing',
  sentiment: -0.6,
  withinBusinessHours: true,
};

const rules: RoutingRule[] = [
  {
    id: 'r1',
    name: 'Billing words go to Billing',
    conditions: [{ field: 'text', op: 'contains_any', value: ['refund', 'invoice'] }],
    actions: { teamId: 'billing', addTags: ['billing'] },
  },
  {
    id: 'r2',
    name: 'Angry customers are urgent',
    conditions: [{ field: 'sentiment', op: 'below', value: -0.5 }],
    actions: { priority: 'urgent', teamId: 'escalations', addTags: ['angry', 'billing'] },
  },
  {
    id: 'r3',
    name: 'Forum questions to Community',
    conditions: [{ field: 'channel', op: 'is', value: 'forum' }],
    actions: { teamId: 'community' },
  },
];

describe('routing rules', () => {
  it('apply matching rules in order: the first sets single values, tags add up', () => {
    const { actions } = routeConversation(rules, facts);
    expect(actions).toEqual({ teamId: 'billing', priority: 'urgent', addTags: ['billing', 'angry'] });
  });

  it('explain every rule, matched or not, condition by condition', () => {
    const { trace } = routeConversation(rules, facts);
    expect(trace.map((line) => [line.ruleId, line.matched])).toEqual([
      ['r1', true],
      ['r2', true],
      ['r3', false],
    ]);
    expect(trace[0]?.reasons).toEqual(['✓ text contains any refund, invoice']);
    expect(trace[1]?.applied).toEqual(['priority = urgent', 'tag + angry']);
    expect(trace[2]?.reasons).toEqual(['✗ channel is forum']);
  });

  it('stop after a rule that says so, and treat unknown sentiment as no match', () => {
    const stopping = rules.map((rule, index) => (index === 0 ? { ...rule, stop: true } : rule));
    expect(routeConversation(stopping, facts).trace).toHaveLength(1);
    const calm = routeConversation(rules, { ...facts, sentiment: null, text: 'hello' });
    expect(calm.actions).toEqual({ addTags: [] });
    const offHours = routeConversation(
      [
        {
          id: 'r4',
          name: 'Night',
          conditions: [{ field: 'withinBusinessHours', op: 'is', value: false }],
          actions: { priority: 'high' },
        },
      ],
      { ...facts, withinBusinessHours: false },
    );
    expect(offHours.actions.priority).toBe('high');
  });
});
