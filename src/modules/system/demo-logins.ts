/** The demo community's logins, printed at start and listed on the sign-in page in demo mode only. */
export const demoPassword = 'hearth-demo-2026';

export const demoLogins = [
  { role: 'admin', email: 'admin@demo.hearth.local', password: demoPassword },
  { role: 'manager', email: 'manager@demo.hearth.local', password: demoPassword },
  { role: 'agent', email: 'agent@demo.hearth.local', password: demoPassword },
  { role: 'moderator', email: 'moderator@demo.hearth.local', password: demoPassword },
  { role: 'member', email: 'member@demo.hearth.local', password: demoPassword },
];
