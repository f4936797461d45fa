/**
 * What the demo community talks about: Lumo, an invented smart-thermostat maker. Every line is
 * written for Hearth's demo; speakers are picked when the script runs ("asker", "member", "staff").
 */
export interface ScriptedReply {
  by: 'asker' | 'member' | 'staff';
  body: string;
  accepted?: boolean;
  official?: boolean;
  helpful?: number;
}

export interface ScriptedThread {
  space: string;
  by: 'member' | 'staff';
  title: string;
  body: string;
  replies: ScriptedReply[];
  pinned?: boolean;
  acknowledged?: boolean;
  takenPrivate?: string;
  flaggedReply?: number;
}

export const scriptedThreads: ScriptedThread[] = [
  {
    space: 'announcements',
    by: 'staff',
    title: 'Firmware 4.2 is rolling out this week',
    body: 'Hi everyone! Firmware **4.2** brings faster Wi-Fi reconnects, a quieter relay click and the new *Away* schedule.\n\nThe rollout is staged over five days. Tell us how it goes below.',
    pinned: true,
    replies: [
      {
        by: 'member',
        body: 'Updated last night, reconnects after a router reboot in seconds now. Nice work!',
      },
      { by: 'member', body: 'Is the *Away* schedule on the older Lumo Mini as well?' },
      { by: 'staff', body: 'Yes: Mini owners get it in the second wave, on Thursday.', official: true },
    ],
  },
  {
    space: 'questions',
    by: 'member',
    title: 'Thermostat keeps dropping off Wi-Fi every night',
    body: 'Every night around 2 am my Lumo goes offline and only comes back when I restart the router. Router is a dual-band mesh. Any ideas?',
    replies: [
      {
        by: 'member',
        body: 'Mesh routers often move devices between bands at night. Give the 2.4 GHz band its own network name and connect the thermostat to that one.',
        accepted: true,
        helpful: 3,
      },
      {
        by: 'asker',
        body: 'That was it: a separate 2.4 GHz name and it has stayed online for a week. Thank you!',
      },
    ],
  },
  {
    space: 'questions',
    by: 'member',
    title: 'How do I export my energy history as CSV?',
    body: 'I want to compare this winter with last winter in a spreadsheet. Is there an export?',
    replies: [
      {
        by: 'staff',
        body: 'In the app open **Insights › History**, choose the date range and tap *Export CSV*. The file has one row per hour.',
        accepted: true,
        official: true,
        helpful: 2,
      },
    ],
  },
  {
    space: 'questions',
    by: 'member',
    title: 'Can two people control the same thermostat?',
    body: 'My partner wants to change the temperature from her phone too. Do we share one account?',
    replies: [
      {
        by: 'member',
        body: 'No need to share a password: in **Home › Members** you can invite her with her own account.',
      },
    ],
  },
  {
    space: 'questions',
    by: 'member',
    title: 'Heat pump mode: what does "balance point" mean?',
    body: 'The installer set a balance point of -3 °C. What does it do and should I change it?',
    replies: [],
  },
  {
    space: 'questions',
    by: 'member',
    title: 'Schedule ignores my weekend setting',
    body: 'I set Saturday and Sunday to start at 9:00 but the heating still comes on at 6:30.',
    replies: [
      {
        by: 'member',
        body: 'Check whether *Early start* is on: it starts heating early to reach the target by 9:00.',
      },
      { by: 'asker', body: 'Early start is off, sadly. Still happens.' },
    ],
  },
  {
    space: 'general',
    by: 'member',
    title: 'Show us your wiring! (photos of tidy installs)',
    body: 'Post your tidiest installs. Labels on every wire earn bonus points.',
    replies: [
      { by: 'member', body: 'Mine is behind a cupboard door, but every wire is labelled and colour-coded.' },
      { by: 'member', body: 'Cheap replacement thermostats at lumo-deals.example, 90% off!!' },
      { by: 'staff', body: 'Lovely work, both of you. Keep them coming!' },
    ],
    flaggedReply: 1,
  },
  {
    space: 'general',
    by: 'member',
    title: 'Your app update wiped all my schedules',
    body: 'After yesterday’s update every schedule is gone. I spent an hour setting those up. Not happy.',
    replies: [{ by: 'member', body: 'Same here, lost mine too.' }],
    takenPrivate:
      'Sorry about this. I have taken the conversation private so we can look at your account together.',
  },
  {
    space: 'complaints',
    by: 'member',
    title: 'Charged twice for the Premium plan',
    body: 'My card was charged twice on the 3rd for Premium. Please refund the second charge.',
    replies: [
      {
        by: 'staff',
        body: 'I can see both charges. The second one is refunded today; it takes 3–5 days to show.',
      },
    ],
    acknowledged: true,
  },
  {
    space: 'complaints',
    by: 'member',
    title: 'Replacement unit has not arrived after three weeks',
    body: 'Support promised a replacement on the 1st. Tracking has not moved since.',
    replies: [],
  },
];

/** Questions the live demo asks, one every little while, so search and similar questions have company. */
/**
 * Older questions, one a week in the two months before the fortnight: the same two helpers answer
 * (and are accepted), a third member chimes in, so the members pages have regulars and advocates.
 */
export const weeklyQuestions: { title: string; body: string; answer: string; thanks: string }[] = [
  {
    title: 'Which wire is C on an older boiler?',
    body: 'My old boiler has no terminal labelled C. Can the Lumo still be powered?',
    answer: 'Use the Lumo power adapter kit: it brings its own common wire, no boiler terminal needed.',
    thanks: 'Same boiler here, the adapter kit worked first time.',
  },
  {
    title: 'Eco mode keeps the house too cold in the morning',
    body: 'With Eco on, the living room is 17 °C when we get up. How do I warm it earlier?',
    answer:
      'Turn on Early Start in Schedules: the Lumo learns how long heating takes and starts before your first slot.',
    thanks: 'Early Start made a big difference for us too.',
  },
  {
    title: 'Can two Lumos share one schedule?',
    body: 'We have one upstairs and one downstairs. Do I have to set both schedules by hand?',
    answer: 'Group them in the app (Home › Zones › Link): one schedule, each zone keeps its own offset.',
    thanks: 'Linked ours last winter, saves a lot of tapping.',
  },
  {
    title: 'Display too bright at night',
    body: 'The screen lights up the hallway at night. Any way to dim it?',
    answer: 'Settings › Display › Night dimming, and pick the hours; it drops to 10% brightness.',
    thanks: 'Night dimming is one of my favourite settings.',
  },
  {
    title: 'Holiday mode without internet?',
    body: 'Our cabin has patchy Wi-Fi. Will holiday mode still work if the Lumo is offline?',
    answer: 'Yes: set it before you leave and it runs on the device; the app only shows it once back online.',
    thanks: 'Good to know, we have the same at our cottage.',
  },
  {
    title: 'Room sensor battery life',
    body: 'How long should the room sensor battery last? Mine warns after four months.',
    answer: 'About a year: four months usually means a weak signal. Move the sensor within 10 m of the Lumo.',
    thanks: 'Moving mine closer fixed the warnings.',
  },
];

export const liveQuestions: { title: string; body: string }[] = [
  {
    title: 'Thermostat offline after changing my router',
    body: 'New router, same network name and password, but the Lumo will not reconnect.',
  },
  {
    title: 'How accurate is the built-in temperature sensor?',
    body: 'Mine reads 1.5 °C higher than a separate thermometer on the same wall.',
  },
  {
    title: 'Is there an API for home automation?',
    body: 'I would like to read the current temperature from my home server.',
  },
  { title: 'Display too bright at night', body: 'Can I dim the screen on a schedule?' },
  {
    title: 'Export energy report for my landlord',
    body: 'The landlord wants monthly usage. Which report should I send?',
  },
  {
    title: 'Boiler short cycling since installing Lumo',
    body: 'The boiler turns on and off every few minutes. What setting controls this?',
  },
  {
    title: 'Geofencing does not switch to Away',
    body: 'Everyone left home but it stayed in Home mode all day.',
  },
  {
    title: 'Can I use Lumo without Wi-Fi?',
    body: 'Our holiday cottage has no internet. Does the schedule still run?',
  },
  {
    title: 'Premium plan refund after cancelling',
    body: 'I cancelled in the first week. How do refunds work?',
  },
  {
    title: 'Battery warning on the room sensor',
    body: 'Which battery does the room sensor take and how long should it last?',
  },
];

/** Replies the live demo gives, with {asker} for a mention of the person who asked. */
export const liveReplies: string[] = [
  'Had the same last month: a restart of the thermostat from **Settings › Device › Restart** fixed it.',
  '@{asker} which firmware version are you on? It shows under Settings › About.',
  'Try the 2.4 GHz band on its own network name; most connection trouble goes away.',
  'There is an article in the help centre about this, search for "calibration offset".',
  '+1, I would like to know this too.',
  '@{asker} the schedule is stored on the device, so it keeps running without internet.',
];
