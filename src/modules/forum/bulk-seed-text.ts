/**
 * The invented text of a bulk-seeded forum (see bulk-seed.ts): support questions on sixteen
 * everyday topics, with the replies helpers and askers write. Every choice comes from the
 * caller's seeded generator, so the same seed gives the same words.
 */
export interface Topic {
  /** Question titles; `{when}` is replaced by a circumstance or nothing. */
  titles: string[];
  /** What the asker describes. */
  problems: string[];
  /** What helpers suggest; some hold Markdown (code, lists, links). */
  answers: string[];
}

export const topics: Topic[] = [
  {
    titles: [
      'How do I export my invoices to CSV{when}?',
      'Invoice export is missing last month{when}',
      'Exported invoices have the wrong currency{when}',
      'Can I schedule a monthly invoice export?',
    ],
    problems: [
      'I need all invoices from last quarter as a spreadsheet for our accountant.',
      'The CSV export only contains the first 500 invoices, and our archive has far more.',
      'When I open the exported file the amounts show in dollars although we bill in euros.',
      'Our finance team wants the invoice export to land in a shared folder every month.',
    ],
    answers: [
      'Go to **Billing → Invoices**, pick the date range and press *Export*. The file arrives by email for large ranges.',
      'The export respects the filter above the list: clear the status filter first, otherwise drafts and voided invoices are left out.',
      'Currency follows the workspace setting under **Settings → Regional**. Change it there and export again.',
      'Scheduled exports are on the roadmap. Until then the API works: `GET /v2/invoices?from=2024-01-01&format=csv`.',
    ],
  },
  {
    titles: [
      'Two-factor codes are rejected{when}',
      'How do I reset two-factor authentication on a new phone?',
      'Lost my phone, cannot sign in with 2FA',
      'Can admins enforce two-factor authentication for the whole team?',
    ],
    problems: [
      'Every six-digit code from my authenticator app is refused as invalid.',
      'I replaced my phone and the authenticator app did not carry the account over.',
      'My phone was stolen and I only have the account password, not the recovery codes.',
      'We want every member of our workspace to use two-factor authentication before they can sign in.',
    ],
    answers: [
      'Codes depend on the clock: turn on automatic time on the phone, then try again. A drift of one minute is enough to break it.',
      'Sign in with one of your recovery codes, then open **Security → Two-factor** and scan the new QR code.',
      'Without recovery codes an owner of your workspace can reset 2FA for you from the members page.',
      'Yes: **Settings → Security → Require two-factor**. Members without it are asked to set it up at their next sign-in.',
    ],
  },
  {
    titles: [
      'Webhooks stopped firing{when}',
      'Webhook deliveries fail with a timeout',
      'How are webhook retries scheduled?',
      'Verifying the webhook signature in Node.js',
    ],
    problems: [
      'Our endpoint has not received a single webhook since yesterday, and nothing changed on our side.',
      'The delivery log shows a timeout for every webhook although our server answers within a second.',
      'I would like to know how often a failed webhook is retried before it is dropped.',
      'The signature header never matches what I compute from the body.',
    ],
    answers: [
      'Webhooks are paused after 50 failed deliveries in a row. Check **Integrations → Webhooks**: a paused endpoint has a *Resume* button.',
      'The timeout is ten seconds including TLS. Answer `200` first and do the slow work in a background job.',
      'Retries back off exponentially: 1 minute, 5 minutes, 30 minutes, 2 hours, then every 6 hours for three days.',
      'Compute the HMAC over the raw body, not the parsed JSON:\n\n```js\nconst mac = createHmac("sha256", secret).update(rawBody).digest("hex");\n```',
    ],
  },
  {
    titles: [
      'Single sign-on with Okta{when}',
      'SAML login loops back to the sign-in page',
      'How do I map SSO groups to roles?',
      'Can we use Google Workspace for single sign-on?',
    ],
    problems: [
      'We configured the SAML app in Okta but users land on an error page after signing in.',
      'After the identity provider redirects back, the sign-in page shows again and again.',
      'We would like members of the Support group in our directory to become agents automatically.',
      'Our company uses Google accounts and we would rather not manage separate passwords.',
    ],
    answers: [
      'The ACS URL must end with `/sso/saml/callback` and the entity ID must match exactly, including the trailing slash.',
      'A sign-in loop usually means third-party cookies are blocked for the SSO domain. Try a private window to confirm.',
      'Group mapping lives under **Settings → SSO → Role mapping**. The group name must match the SAML attribute value exactly.',
      'Google Workspace works through SAML: add a custom SAML app in the Google admin console and paste our metadata URL.',
    ],
  },
  {
    titles: [
      'What are the API rate limits{when}?',
      'Getting 429 Too Many Requests from the API',
      'Best way to page through all records with the API',
      'API token stopped working{when}',
    ],
    problems: [
      'Our nightly sync makes a few thousand calls and some of them fail.',
      'Since this morning most of our API calls come back with status 429.',
      'I need to read every contact, more than 200 000 of them, and I am not sure how to page safely.',
      'The token we use for our integration suddenly answers 401 Unauthorized.',
    ],
    answers: [
      'The limit is 600 requests per minute per token. The `Retry-After` header says how long to wait after a 429.',
      'Use cursor paging (`?cursor=`) instead of offsets: it stays fast and never skips records that change while you read.',
      'Tokens expire after a year unless you ticked *never expires*. Create a new one under **Settings → API**.',
      'Batch endpoints accept up to 100 records per call, which cuts the number of requests by two orders of magnitude.',
    ],
  },
  {
    titles: [
      'Mobile app does not sync{when}',
      'Offline changes on Android were lost',
      'iOS app crashes when opening attachments',
      'Push notifications stopped on my phone{when}',
    ],
    problems: [
      'Changes I make on my laptop do not show on the mobile app until I reinstall it.',
      'I edited a few tasks on a plane and after landing they were back to the old version.',
      'The app closes as soon as I tap a PDF attachment.',
      'I no longer get push notifications although they are on in the app settings.',
    ],
    answers: [
      'Pull down on the list to force a sync. If the spinner never stops, sign out and in again: that rebuilds the local cache.',
      'Offline edits are kept until the next sync; make sure the app was not force-closed before it came back online.',
      'Update to the latest version from the store: the attachment viewer crash was fixed last week.',
      'Check **Settings → Notifications** on the phone itself, then toggle *Push* off and on in the app to register the device again.',
    ],
  },
  {
    titles: [
      'Password reset email never arrives{when}',
      'Password reset link has expired',
      'How do I change my email address?',
      'Account locked after too many sign-in attempts',
    ],
    problems: [
      'I requested a password reset three times and nothing arrived, not even in spam.',
      'The reset link says it has expired although I clicked it a few minutes after receiving it.',
      'I am moving to a new job and want to keep my account with a different email address.',
      'I mistyped my password a few times and now the sign-in page says to try later.',
    ],
    answers: [
      'Reset emails come from `no-reply@` and some corporate filters quarantine them. Ask IT to allow the sender.',
      'Links expire after one hour and only the newest one works: request a single link and use that one.',
      'Change it under **Profile → Email**. We send a confirmation to the new address before the switch.',
      'The lock lifts by itself after fifteen minutes. A password reset also unlocks the account immediately.',
    ],
  },
  {
    titles: [
      'How do I upgrade from the Starter plan{when}?',
      'Charged twice this month',
      'Can I switch from monthly to annual billing?',
      'Where do I change the card on file?',
    ],
    problems: [
      'We are about to outgrow the Starter plan and I want to know what happens to our data when we upgrade.',
      'My card statement shows two charges for the same subscription this month.',
      'We would like to pay yearly to get the discount, but the billing page only offers monthly.',
      'Our company card expires next week and I cannot find where to replace it.',
    ],
    answers: [
      'Upgrades take effect at once and are prorated; nothing happens to your data.',
      'A second charge is usually a pending authorisation that drops off within five days. If it stays, send us the invoice numbers.',
      'Annual billing appears once the trial is over. Choose **Billing → Change plan → Yearly**.',
      'Owners can replace the card under **Billing → Payment method**. Other roles do not see that page.',
    ],
  },
  {
    titles: [
      'Email notifications are delayed{when}',
      'How do I turn off the daily digest?',
      'Notification emails go to spam',
      'Only get notified when someone mentions me',
    ],
    problems: [
      'Notification emails arrive hours after the comment was posted.',
      'The daily digest email is too much for me and I cannot find how to stop it.',
      'Gmail puts every notification from the app into the spam folder.',
      'I only want an email when somebody mentions me, not for every reply.',
    ],
    answers: [
      'Notifications are batched for ten minutes so a burst of replies becomes one email; longer delays are on the mail provider side.',
      'Open **Profile → Notifications** and set *Digest* to *Never*.',
      'Mark one of them as *Not spam* and add the sender to your contacts; Gmail learns quickly.',
      'Set *Email me about* to *Mentions and direct messages only* in your notification settings.',
    ],
  },
  {
    titles: [
      'Importing contacts from a spreadsheet{when}',
      'Import fails with "invalid date format"',
      'Duplicate contacts after import',
      'How big can an import file be?',
    ],
    problems: [
      'I have 12 000 contacts in an Excel sheet and want to bring them over without retyping.',
      'The import stops at row 214 with the message "invalid date format".',
      'After importing the same list twice I now have every contact two times.',
      'Our CRM export is a 300 MB CSV file and the upload just spins.',
    ],
    answers: [
      'Save the sheet as CSV (UTF-8) and use **Contacts → Import**. The first row must hold the column names.',
      'Dates must be ISO 8601, like `2024-03-01`. In Excel, format the column as text before saving.',
      'Use **Contacts → Merge duplicates**: it matches on email and keeps the newest values.',
      'Files up to 50 MB import in the browser; split bigger ones or use the bulk API.',
    ],
  },
  {
    titles: [
      'Calendar integration shows the wrong time zone',
      'Google Calendar sync stopped{when}',
      'Can I connect an Outlook calendar?',
      'Events are created twice in my calendar',
    ],
    problems: [
      'All meetings appear one hour late in my calendar since the clocks changed.',
      'New bookings no longer show up in my Google Calendar.',
      'Our company runs on Microsoft 365 and I only see a Google option.',
      'Every booking creates two identical events in my calendar.',
    ],
    answers: [
      'The integration uses the time zone from your profile, not the browser: check **Profile → Time zone**.',
      'Google revokes access after six months of inactivity. Disconnect and reconnect the calendar to grant access again.',
      'Outlook and Microsoft 365 are supported under **Integrations → Calendars → Microsoft**.',
      'Two events mean two connected calendars: remove the older connection and keep one.',
    ],
  },
  {
    titles: [
      'Dashboard is very slow to load{when}',
      'Reports time out for large date ranges',
      'Charts show no data for yesterday',
      'How is the conversion rate on the dashboard computed?',
    ],
    problems: [
      'The main dashboard takes almost a minute to load in the morning.',
      'Any report longer than three months ends with a timeout error.',
      'The charts are empty for yesterday although we had plenty of activity.',
      'The conversion rate on the dashboard does not match what I compute from the raw numbers.',
    ],
    answers: [
      'Widgets with *All time* ranges are the slow ones; switching them to the last 90 days makes the page load in seconds.',
      'Long reports run in the background when you press *Email me the report*; the link arrives when it is ready.',
      'Reports are computed every hour in UTC, so yesterday may be incomplete until the morning run in your time zone.',
      'It is conversions divided by unique visitors, not by sessions; that explains the difference.',
    ],
  },
  {
    titles: [
      'Custom domain shows a certificate error{when}',
      'How do I use my own domain for the help center?',
      'DNS record for the custom domain is not detected',
      'Can we serve the portal from a subfolder?',
    ],
    problems: [
      'Our help center on help.example.com shows a browser warning about an invalid certificate.',
      'We would like customers to reach the help center on our own domain instead of the default one.',
      'I added the CNAME record two days ago and the settings page still says it is missing.',
      'Marketing asks whether the portal could live under example.com/help instead of a subdomain.',
    ],
    answers: [
      "Certificates are issued automatically once the CNAME resolves; remove any CAA record that blocks Let's Encrypt.",
      'Add a CNAME from your subdomain to `custom.ourapp.example`, then enter the domain under **Settings → Domains**.',
      'Some DNS hosts add your domain to the record name: enter just `help`, not `help.example.com`.',
      'Subfolders need a reverse proxy on your side; subdomains work without one.',
    ],
  },
  {
    titles: [
      'How do I give someone read-only access?',
      'Team roles and permissions explained',
      'Guest users can see internal notes{when}',
      'Remove a former employee from the workspace',
    ],
    problems: [
      'A contractor needs to see our projects for a week but must not change anything.',
      'I am confused about the difference between the member, editor and admin roles.',
      'A client we invited as a guest told us they could read our internal notes.',
      'Someone left the company and I want to make sure they lose access today.',
    ],
    answers: [
      'Invite them with the *Viewer* role; viewers can comment only if you allow it per project.',
      'Members work in the projects they join, editors can also change settings of those projects, admins manage the whole workspace.',
      'Internal notes are hidden from guests unless the note was posted in a shared project. Move it to a private one.',
      'Go to **Members**, open the person and choose *Deactivate*. Their sessions end immediately and their work stays.',
    ],
  },
  {
    titles: [
      'Zapier integration{when}',
      'Slack messages arrive without formatting',
      'Connect the app to Microsoft Teams',
      'Which integrations are available on the free plan?',
    ],
    problems: [
      'I want new form entries to create tasks automatically through Zapier.',
      'Messages posted to Slack show raw asterisks instead of bold text.',
      'Our team lives in Microsoft Teams and I would like updates to land in a channel there.',
      'Before upgrading I would like to know which integrations we can already use.',
    ],
    answers: [
      'Search for our app in Zapier and pick the *New form entry* trigger; connect with an API token.',
      'Slack uses its own markup: tick *Use Slack formatting* in the integration settings.',
      'The Teams connector is under **Integrations → Microsoft Teams**; an admin of the team must approve it once.',
      'Slack, email and Zapier are free; Salesforce, Teams and the webhooks API need the Business plan.',
    ],
  },
  {
    titles: [
      'How do I delete my account and data?',
      'Where is our data stored?',
      'Data retention settings for old conversations',
      'Can I download a backup of everything{when}?',
    ],
    problems: [
      'I no longer use the service and want my account and all personal data removed.',
      'Our legal team needs to know in which region our data is stored.',
      'We would like conversations older than two years to be removed automatically.',
      'Before we migrate I need a complete copy of our workspace.',
    ],
    answers: [
      'Under **Profile → Privacy → Delete account**. Data is erased within 30 days, backups included.',
      'Workspaces created after 2022 live in the EU region by default; the region is shown under **Settings → Data**.',
      'Set a retention period under **Settings → Data → Retention**; deletions run nightly and are logged.',
      'Owners can request a full export under **Settings → Data → Export**. You get a ZIP of JSON files and attachments.',
    ],
  },
];

const circumstances = [
  '',
  '',
  '',
  ' after the latest update',
  ' on the mobile app',
  ' for my team',
  ' since yesterday',
  ' on Safari',
  ' with a large account',
  ' on the Business plan',
];

const greetings = ['', '', 'Hi all,', 'Hello,', 'Hi everyone!', 'Good morning,'];
const tried = [
  'I already tried signing out and back in.',
  'Clearing the browser cache did not help.',
  'I searched the forum but found only older threads.',
  'It worked fine until last week.',
  'Two colleagues see the same thing.',
  'Support suggested I ask here as well.',
];
const closings = ['', '', 'Thanks in advance!', 'Any idea?', 'Thanks for any pointers.', 'Cheers.'];
const followUps = [
  'Thanks, that worked!',
  'That fixed it, thank you so much.',
  'I tried that, but nothing changed. Any other idea?',
  'Same problem here, following this thread.',
  'Is there any news on this?',
  'Good to know, I missed that setting completely.',
  'Confirmed, it works again on my side as well.',
  'Could you share a screenshot of where that option is?',
];
const openers = ['', '', 'Good question.', 'I had the same issue.', 'This comes up a lot.', 'Hi there,'];
const extras = [
  'It can take a few minutes to apply.',
  'The help center has a page on this too: <https://help.example.com/articles/getting-started>.',
  'Let us know if that does not solve it.',
  'We are looking into making this easier.',
  '',
  '',
];

export function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** A question title, its `{when}` filled with a circumstance or nothing. */
export function questionTitle(random: () => number, topic: Topic): string {
  return pick(random, topic.titles).replace('{when}', pick(random, circumstances));
}

function paragraphs(...parts: string[]): string {
  return parts.filter((part) => part.length > 0).join('\n\n');
}

export function questionBody(random: () => number, topic: Topic): string {
  const steps =
    random() < 0.25
      ? `Steps:\n\n1. ${pick(random, tried)}\n2. ${pick(random, tried)}\n3. Tried again a day later.`
      : pick(random, tried);
  return paragraphs(pick(random, greetings), pick(random, topic.problems), steps, pick(random, closings));
}

export function replyBody(random: () => number, topic: Topic, byAsker: boolean): string {
  if (byAsker) return paragraphs(pick(random, followUps), random() < 0.3 ? pick(random, tried) : '');
  if (random() < 0.15) return pick(random, followUps);
  const first = pick(random, topic.answers);
  const other = topic.answers.filter((answer) => answer !== first);
  const second = random() < 0.35 ? pick(random, other) : '';
  return paragraphs(pick(random, openers), first, second, pick(random, extras));
}
