/**
 * What Lumo's customers write to support (email, the shop's order webhook, phone calls), written for
 * Hearth's demo. Each story says how the team handled it, so the inbox, SLAs and reports look lived in.
 */
export interface InboxStory {
  channel: 'email' | 'api' | 'phone';
  subject: string;
  text: string;
  /** Minutes until the first human answer; null: nobody has answered yet. */
  answerAfter: number | null;
  answer: string;
  outcome: 'resolved' | 'pending' | 'open' | 'reopened';
  rating?: number;
  comment?: string;
  note?: string;
  escalate?: string;
  scope?: { what: string; oldValue: string; newValue: string; agreedBy: string };
  followUp?: string;
}

export const inboxStories: InboxStory[] = [
  {
    channel: 'email',
    subject: 'Charged twice for the Lumo Duo',
    text: 'Hello, my card statement shows two charges of 149 EUR for one Lumo Duo (order 40211). Please refund one.',
    answerAfter: 22,
    answer:
      'Hi {name}, you are right: the second charge was a duplicate. The refund of 149 EUR is on its way and shows within 5 working days.',
    outcome: 'resolved',
    rating: 5,
    comment: 'Fast and clear, thank you.',
    scope: { what: 'Refund', oldValue: '0 EUR', newValue: '149 EUR', agreedBy: 'Maya Lindqvist' },
  },
  {
    channel: 'api',
    subject: 'Order 40377 still not shipped',
    text: 'I ordered a room sensor ten days ago and the tracking page still says "label created".',
    answerAfter: 48,
    answer:
      'Sorry for the wait, {name}. The parcel was stuck at the depot; it left this morning and arrives Thursday.',
    outcome: 'resolved',
    rating: 4,
  },
  {
    channel: 'email',
    subject: 'Invoice shows the wrong VAT number',
    text: 'Our company invoice for the office thermostats has last year’s VAT number. Can you reissue it?',
    answerAfter: 95,
    answer: 'Done, {name}: the corrected invoice is attached to your account under Orders › Invoices.',
    outcome: 'resolved',
    rating: 5,
  },
  {
    channel: 'email',
    subject: 'Thermostat offline after router change',
    text: 'We replaced our router and now the thermostat shows offline in the app. Reset did not help.',
    answerAfter: 35,
    answer:
      'Hi {name}, hold the dial for 10 seconds until it blinks blue, then add it again from the app under Devices › Reconnect.',
    outcome: 'reopened',
    followUp: 'It blinks blue but the app never finds it. Is 5 GHz Wi-Fi supported?',
    note: 'Looks like 5 GHz only networks again. @theo can you check with firmware?',
  },
  {
    channel: 'phone',
    subject: 'Heating runs at night despite the schedule',
    text: 'Caller says the heating comes on at 02:00 although the schedule says 06:30. Eco mode on.',
    answerAfter: 0,
    answer:
      'Walked through the schedule on the call: a second "Holiday" schedule was active. Switched it off together.',
    outcome: 'resolved',
  },
  {
    channel: 'api',
    subject: 'Return request: Lumo One',
    text: 'The thermostat does not fit our old wall box. I would like to return it (order 40502).',
    answerAfter: 130,
    answer:
      'No problem, {name}. Your return label is in your inbox; the refund follows when the parcel reaches us.',
    outcome: 'resolved',
    rating: 3,
    comment: 'OK, but it took a while to hear back.',
  },
  {
    channel: 'email',
    subject: 'Warranty claim: cracked display',
    text: 'The display of my Lumo One cracked on its own after 14 months. Is that covered?',
    answerAfter: 330,
    answer: 'Hi {name}, yes: the display is covered for 24 months. We are sending a replacement unit today.',
    outcome: 'resolved',
    rating: 4,
    escalate: 'Second cracked display this month: product quality should see it.',
  },
  {
    channel: 'email',
    subject: 'Cancel my Lumo Care subscription',
    text: 'Please cancel Lumo Care at the end of this month. I no longer need the extended warranty.',
    answerAfter: 18,
    answer:
      'Cancelled, {name}: Lumo Care ends on the last day of the month and you will not be charged again.',
    outcome: 'resolved',
    rating: 5,
  },
  {
    channel: 'api',
    subject: 'Discount code not accepted',
    text: 'The code WINTER15 from your newsletter says "not valid" at checkout.',
    answerAfter: 41,
    answer:
      'Sorry, {name}: the code was limited to the first week. I applied 15% to your order by hand instead.',
    outcome: 'pending',
    scope: { what: 'Discount', oldValue: 'none', newValue: '15% on order 40655', agreedBy: 'Theo Mensah' },
  },
  {
    channel: 'email',
    subject: 'Does the Lumo Duo work with heat pumps?',
    text: 'Before I buy: can the Duo control an air-to-water heat pump with an OpenTherm interface?',
    answerAfter: 55,
    answer: 'Yes, {name}: the Duo speaks OpenTherm 2.2, and heat pumps get their own low-temperature curve.',
    outcome: 'pending',
  },
  {
    channel: 'email',
    subject: 'Refund still missing after two weeks',
    text: 'You promised a refund for my returned sensor two weeks ago. Nothing has arrived. This is getting frustrating.',
    answerAfter: null,
    answer: '',
    outcome: 'open',
  },
  {
    channel: 'api',
    subject: 'Wrong colour delivered',
    text: 'I ordered the white Lumo One and received the black one (order 40790).',
    answerAfter: null,
    answer: '',
    outcome: 'open',
  },
  {
    channel: 'email',
    subject: 'App asks me to log in every day',
    text: 'Since the last app update I have to sign in again every morning. Android 15.',
    answerAfter: 75,
    answer: 'Thanks, {name}. This is a known bug in app 3.8.0; 3.8.1 with the fix is rolling out today.',
    outcome: 'resolved',
    rating: 4,
  },
];

/** Arrivals during the live demo: one every few steps, routed and assigned as they come in. */
export const liveArrivals: { channel: 'email' | 'api'; subject: string; text: string }[] = [
  {
    channel: 'email',
    subject: 'Refund for the returned room sensor',
    text: 'Hi, I sent the sensor back last week. When will the refund arrive?',
  },
  {
    channel: 'api',
    subject: 'Order 41020: delivery address change',
    text: 'Can you still change the delivery address of my order? I move on Friday.',
  },
  {
    channel: 'email',
    subject: 'Thermostat clicks loudly every few minutes',
    text: 'The relay clicks on and off every 3–4 minutes all evening. Is that normal?',
  },
  {
    channel: 'email',
    subject: 'Invoice needed for my employer',
    text: 'Could you send an invoice with my company name for the Lumo Duo I bought?',
  },
  {
    channel: 'api',
    subject: 'Payment failed but money was taken',
    text: 'Checkout said the payment failed, but my bank shows 89 EUR taken. I was charged without an order.',
  },
];
