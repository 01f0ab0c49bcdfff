import type { SeedAccount } from './types';

/**
 * Demo sign-ins, created only when asked for (the embedded default, or `npm run seed -- --demo`).
 * The password is public on purpose: it is in the README.
 */
export const DEMO_PASSWORD = 'Demo-Portal-2026';

export const DEMO_ACCOUNTS: SeedAccount[] = [
  {
    email: 'admin@demo.hidoc.local',
    name: 'Priya Nair',
    role: 'admin',
    profession: null,
    specialty: null,
    registrationNumber: null,
  },
  {
    email: 'editor@demo.hidoc.local',
    name: 'Dr. Daniel Okafor',
    role: 'editor',
    profession: 'Doctor',
    specialty: 'haematology',
    registrationNumber: null,
  },
  {
    email: 'author@demo.hidoc.local',
    name: 'Dr. Meera Pillai',
    role: 'author',
    profession: 'Doctor',
    specialty: 'dermatology',
    registrationNumber: null,
  },
  {
    email: 'doctor@demo.hidoc.local',
    name: 'Dr. Asha Menon',
    role: 'member',
    profession: 'Doctor',
    specialty: 'oncology',
    registrationNumber: 'MCI-2019-104233',
  },
];
