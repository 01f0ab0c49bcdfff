import type { SeedEvent } from './types';
import { joinBlocks } from './text';

const checkWithOrganiser = 'Programme details can change: confirm times, fees and any CME credit with the organiser before you register.';

/**
 * Upcoming Events of the seed page, in its order. Dates are not stored here: event i
 * starts 21·i days after it is first seeded, at `startHour` local time in its own zone.
 */
export const EVENTS: SeedEvent[] = [
  {
    slug: 'international-lung-cancer-congress',
    title: 'International Lung Cancer Congress®',
    summary:
      'A multidisciplinary congress on lung cancer care, from molecular testing and targeted therapy to immunotherapy, surgery and radiation.',
    specialty: 'oncology',
    timeZone: 'America/Los_Angeles',
    startHour: 8,
    endHour: 17,
    days: 3,
    venue: 'Hyatt Regency Huntington Beach Resort, Huntington Beach, California',
    virtualUrl: null,
    organiser: "Physicians' Education Resource®",
    registrationUrl: 'https://example.org/ilcc/register',
    body: joinBlocks(
      'Three days of talks, debates and case-based tumour boards for medical, radiation and surgical oncologists, pulmonologists and pathologists who treat lung cancer.',
      'Sessions cover broad molecular profiling at diagnosis, targeted therapy for EGFR, ALK, ROS1, KRAS and other drivers, perioperative immunotherapy in resectable disease, and the management of small cell lung cancer. Faculty discuss how recent trial results apply to everyday practice.',
      checkWithOrganiser,
    ),
  },
  {
    slug: 'genito-urinary-oncology-summit-2026',
    title: 'Genito-Urinary Oncology Summit 2026',
    summary:
      'Updates on prostate, bladder and kidney cancer, including PSMA imaging, radioligand therapy and antibody–drug conjugates.',
    specialty: 'oncology',
    timeZone: 'Asia/Kolkata',
    startHour: 9,
    endHour: 18,
    days: 2,
    venue: 'Jio World Convention Centre, Mumbai, India',
    virtualUrl: null,
    organiser: 'Genito-Urinary Oncology Summit Secretariat',
    registrationUrl: 'https://example.org/gu-oncology-summit/register',
    body: joinBlocks(
      'A two-day summit for urologists, medical and radiation oncologists and nuclear medicine physicians.',
      'Topics include PSMA PET in staging and recurrence, radioligand therapy in metastatic prostate cancer, antibody–drug conjugates and immunotherapy in urothelial carcinoma, adjuvant treatment after nephrectomy, and how to choose between treatments when the trials do not compare them directly.',
      checkWithOrganiser,
    ),
  },
  {
    slug: 'future-nrg-oncology-meeting',
    title: 'Future NRG Oncology Meeting',
    summary:
      'An online meeting of the NRG Oncology research group: trial updates, committee sessions and new study concepts.',
    specialty: 'oncology',
    timeZone: 'America/Chicago',
    startHour: 10,
    endHour: 16,
    days: 2,
    venue: null,
    virtualUrl: 'https://example.org/nrg-oncology/meeting/live',
    organiser: 'NRG Oncology',
    registrationUrl: 'https://example.org/nrg-oncology/meeting/register',
    body: joinBlocks(
      'NRG Oncology runs clinical trials in gynaecological, genitourinary, brain, breast and other cancers, and in radiation oncology. Its meetings bring investigators, research nurses, data managers and patient advocates together to review accrual, present results and develop new concepts.',
      'This edition is held online. Plenary sessions are open to registered members of participating sites; committee sessions need separate sign-up.',
      checkWithOrganiser,
    ),
  },
  {
    slug: 'ismb-2026-intelligent-systems-for-molecular-biology',
    title: 'ISMB 2026 (Intelligent Systems for Molecular Biology)',
    summary:
      'The flagship conference of computational biology and bioinformatics, with keynotes, peer-reviewed proceedings and sessions on cancer genomics and machine learning.',
    specialty: null,
    timeZone: 'Europe/Vienna',
    startHour: 9,
    endHour: 18,
    days: 3,
    venue: 'Austria Center Vienna, Vienna, Austria',
    virtualUrl: null,
    organiser: 'International Society for Computational Biology (ISCB)',
    registrationUrl: 'https://example.org/ismb/register',
    body: joinBlocks(
      'ISMB gathers computational biologists, bioinformaticians, data scientists and clinicians who work with molecular data.',
      'Tracks of interest to clinicians include cancer genomics, single-cell and spatial methods, interpretation of genetic variants, and the evaluation of machine-learning models for diagnosis and prognosis. Tutorials on the first day introduce current tools to newcomers.',
      checkWithOrganiser,
    ),
  },
  {
    slug: 'annual-international-congress-on-the-future-of-breast-cancer-east',
    title: 'Annual International Congress on the Future of Breast Cancer East',
    summary:
      'A congress on early and metastatic breast cancer, held in person and streamed online: endocrine and CDK4/6 therapy, antibody–drug conjugates and de-escalation.',
    specialty: 'oncology',
    timeZone: 'America/New_York',
    startHour: 8,
    endHour: 17,
    days: 2,
    venue: 'New York Marriott Marquis, New York, New York',
    virtualUrl: 'https://example.org/future-of-breast-cancer-east/stream',
    organiser: "Physicians' Education Resource®",
    registrationUrl: 'https://example.org/future-of-breast-cancer-east/register',
    body: joinBlocks(
      'Two days for the whole breast cancer team: medical, surgical and radiation oncologists, radiologists, pathologists and nurses. Attend in New York or follow the sessions online.',
      'The programme reviews adjuvant endocrine therapy with CDK4/6 inhibitors, antibody–drug conjugates in HER2-positive and HER2-low disease, genomic assays that guide chemotherapy decisions, and the safe de-escalation of surgery and radiotherapy.',
      checkWithOrganiser,
    ),
  },
];
