import type { IdeaStatus } from '../modules/ideas/index.ts';

/** The demo board's ideas: Lumo owners' wishes, each with where it stands and what staff said. */
export interface ScriptedIdea {
  title: string;
  body: string;
  status: IdeaStatus;
  response?: string;
  /** How many demo members vote for it. */
  votes: number;
  comment?: string;
}

export const scriptedIdeas: ScriptedIdea[] = [
  {
    title: 'Start heating when I head home (geofencing)',
    body: 'Use my phone’s location to warm the house up when I’m **20 minutes away**, instead of a fixed schedule.',
    status: 'planned',
    response: 'This is planned for the spring release. We start with one phone per home, then families.',
    votes: 14,
    comment: 'Would be perfect for shift workers like me.',
  },
  {
    title: 'Dark mode for the Lumo app',
    body: 'The app is very bright at night when I check the temperature in bed.',
    status: 'in_progress',
    response: 'Our designers are on it: dark mode is in beta testing now.',
    votes: 11,
  },
  {
    title: 'Open API for Home Assistant',
    body: 'A local API (or MQTT) so I can wire Lumo into Home Assistant without the cloud.',
    status: 'under_review',
    response: 'We are looking at what a safe local API would take. Tell us what you would automate!',
    votes: 9,
    comment: 'Local control please, not another cloud integration.',
  },
  {
    title: 'Show humidity on the thermostat display',
    body: 'The sensor measures it already; show it next to the temperature.',
    status: 'shipped',
    response: 'Shipped in firmware 4.2: long-press the dial to switch to humidity.',
    votes: 8,
  },
  {
    title: 'Remind me to change the furnace filter',
    body: 'Count the heating hours and remind me when the filter is due.',
    status: 'shipped',
    response: 'Live now: Settings › Maintenance › Filter reminder.',
    votes: 6,
  },
  {
    title: 'Share access with family members',
    body: 'Give my partner and kids their own logins, with limits on what they can change.',
    status: 'planned',
    response: 'Planned right after geofencing, since it needs the same household model.',
    votes: 7,
  },
  {
    title: 'Apple Watch complication',
    body: 'See and nudge the temperature from my watch face.',
    status: 'declined',
    response:
      'Not for now: we are putting our effort into widgets on the phone, which most of you asked for.',
    votes: 3,
  },
  {
    title: 'Separate schedules for summer and winter',
    body: 'Switch between two weekly schedules with one tap when the season changes.',
    status: 'new',
    votes: 5,
  },
  {
    title: 'Energy report by room',
    body: 'Which room costs the most to heat? A monthly breakdown would help.',
    status: 'new',
    votes: 4,
  },
  {
    title: 'Child lock for the thermostat buttons',
    body: 'My toddler loves turning the dial to 30 °C.',
    status: 'under_review',
    votes: 5,
  },
  {
    title: 'Voice control in Portuguese',
    body: 'The voice assistants support Portuguese, but the Lumo skill only speaks English.',
    status: 'new',
    votes: 2,
  },
];

/** A duplicate someone posted anyway: merged into the dark mode idea, its votes carried over. */
export const duplicateIdea = {
  title: 'Night theme for the app please',
  body: 'White screens at 2 am hurt. A black theme would be lovely.',
  votes: 3,
  into: 'Dark mode for the Lumo app',
};

/** A customer asks support for a feature: staff capture it from the conversation as a new idea. */
export const capturedRequest = {
  subject: 'Can the thermostat hold a low temperature while we travel?',
  text: 'We are away for three weeks every winter. Is there a vacation mode that keeps the house at 12 °C and warms it up the day before we come back?',
  name: 'Helena Fischer',
  address: 'helena.fischer@example.net',
  idea: {
    title: 'Vacation mode with a return date',
    body: 'Hold a low temperature while away, and warm the house up before the return date.',
  },
};
