import type { SeedVideo, SeedVideoSeries } from './types';
import { joinBlocks } from './text';

const UNTANGLING = 'untangling-the-best-treatment-approaches-for-alk-positive-lung-cancer';
const SEQUENCING = 'treatment-sequencing-strategies-in-alk-nsclc-patients-with-cns-disease';

export const VIDEO_SERIES: SeedVideoSeries[] = [
  {
    slug: UNTANGLING,
    title: 'Untangling the Best Treatment Approaches for ALK-Positive Lung Cancer',
    summary:
      'A lecture series on ALK-positive non-small cell lung cancer, from diagnosis and first-line choice to side effects and treatment after resistance.',
    specialty: 'oncology',
  },
  {
    slug: SEQUENCING,
    title: 'Treatment Sequencing Strategies in ALK+ NSCLC Patients with CNS Disease',
    summary: 'How brain involvement shapes the order of treatments in ALK-positive non-small cell lung cancer.',
    specialty: 'oncology',
  },
];

/** Videos of the seed page, in its order (item 1 is published most recently). */
export const HOME_VIDEOS: SeedVideo[] = [
  {
    slug: 'thromboprophylaxis-in-medical-settings-an-update',
    title: 'Thromboprophylaxis In Medical Settings- An Update',
    summary:
      'Who needs prevention of venous thromboembolism while in hospital for a medical illness, which options to choose, and when to stop.',
    specialty: 'haematology',
    providerVideoId: 'hD7q2LmX9aQ',
    durationSeconds: 1712,
    speaker: 'Dr. Kavita Rao',
    series: null,
    body: joinBlocks(
      'Acutely ill medical inpatients are at real risk of venous thromboembolism, but not all of them benefit from prophylaxis, and anticoagulants carry a risk of bleeding. This talk walks through a practical, risk-based approach.',
      'It covers structured assessment of clot and bleeding risk, the choice between low-molecular-weight heparin, unfractionated heparin and fondaparinux, the place of mechanical methods, special groups such as patients with kidney impairment or cancer, and the evidence on continuing prophylaxis after discharge.',
    ),
    transcript: joinBlocks(
      'Good evening, everyone. Tonight I want to talk about something we do every day and often do on autopilot: preventing venous thromboembolism in patients admitted with a medical illness.',
      'Let me start with the principle. Not every medical inpatient needs an anticoagulant. The patients who benefit are those whose risk of clotting clearly outweighs their risk of bleeding. So the first step, for every admission, is to assess both, and to write the assessment down. Validated tools such as the Padua and IMPROVE scores help make this consistent between colleagues.',
      'For a patient at increased clot risk and without a high bleeding risk, pharmacological prophylaxis is the default. Low-molecular-weight heparin once daily is the usual choice; unfractionated heparin is reasonable, especially with severe kidney impairment; fondaparinux is an alternative when heparin cannot be used. Always check kidney function and platelet count, and adjust the dose when needed.',
      'When bleeding risk is high, use mechanical prophylaxis instead, ideally intermittent pneumatic compression, and reassess every few days, because bleeding risk often falls as the patient recovers.',
      'Finally, duration. For most medical patients, prophylaxis ends at discharge. Routine extended prophylaxis after discharge has not shown a net benefit: fewer clots, but more bleeding. Keep it for selected cases, and make that a deliberate decision.',
    ),
  },
  {
    slug: 'lorlatinib-in-the-management-of-1st-line-alk-mnsclc-crown-trial-update',
    title: 'Lorlatinib in the Management of 1st line ALK+ mNSCLC (CROWN TRIAL Update)',
    summary:
      'Long-term results of the CROWN trial of first-line lorlatinib versus crizotinib in ALK-positive metastatic non-small cell lung cancer, including brain outcomes and side-effect management.',
    specialty: 'oncology',
    providerVideoId: 'Cr0wN5yRt2k',
    durationSeconds: 2245,
    speaker: 'Dr. Michael Chen',
    series: null,
    body: joinBlocks(
      'The CROWN trial compared the third-generation ALK inhibitor lorlatinib with crizotinib as first treatment for advanced ALK-positive non-small cell lung cancer. This update reviews the five-year results.',
      'The talk covers progression-free survival, control of brain metastases and prevention of new ones, and the side effects that need active management: raised cholesterol and triglycerides, weight gain, oedema, and effects on mood and cognition.',
    ),
    transcript: joinBlocks(
      'Thank you for joining. CROWN is one of the most important trials in ALK-positive lung cancer, and the five-year update changed how many of us think about first-line treatment.',
      'Briefly, the design: patients with previously untreated advanced ALK-positive disease were randomised to lorlatinib or crizotinib. The primary endpoint was progression-free survival by independent review.',
      'At five years, about six in ten patients on lorlatinib were alive without progression, compared with fewer than one in ten on crizotinib, and the median progression-free survival with lorlatinib had still not been reached. That is remarkable durability for a metastatic cancer.',
      'The brain results are just as striking. Lorlatinib penetrates the central nervous system well, and few patients developed new brain metastases during follow-up. For a disease in which the brain is a common site of relapse, that matters a great deal.',
      'Now the side effects. Raised lipids are nearly universal, so check a lipid profile at baseline and start a statin when needed. Watch for weight gain and oedema. And ask directly about mood, sleep, memory and concentration, and tell families what to look for. Most of these effects are mild and respond to dose reduction, and in the trial analyses dose reductions did not appear to reduce efficacy.',
    ),
  },
  {
    slug: `${UNTANGLING}-part-ii`,
    title: 'Untangling The Best Treatment Approaches For ALK Positive Lung Cancer - Part II',
    summary:
      'Part II compares the first-line ALK inhibitors, alectinib, brigatinib and lorlatinib, and how to choose between them for an individual patient.',
    specialty: 'oncology',
    providerVideoId: 'Alk2pT4nVb8',
    durationSeconds: 1538,
    speaker: 'Dr. Ananya Desai',
    series: { slug: UNTANGLING, partNumber: 2 },
    body: joinBlocks(
      'With several ALK inhibitors shown to outperform crizotinib as first treatment, the question is no longer whether to use a newer drug, but which one.',
      'This part reviews the pivotal first-line trials, what they can and cannot tell us in the absence of head-to-head comparisons, the differences in brain activity and side effects, and how patient preference, other illnesses and access shape the choice.',
    ),
    transcript: joinBlocks(
      'Welcome back to part two. In part one we covered testing; today the question is which ALK inhibitor to start with.',
      'Alectinib, brigatinib and lorlatinib each beat crizotinib in their randomised trials. None of them has been compared directly with another in a first-line trial, so be careful with cross-trial comparisons: the populations and follow-up differ.',
      'What differs clearly is the side-effect profile. Alectinib is generally well tolerated; watch for muscle pain, raised creatine kinase and constipation. Brigatinib needs a lead-in dose because of early lung toxicity. Lorlatinib brings raised lipids and possible effects on mood and cognition.',
      'My approach is to discuss the options openly, weigh brain involvement, other illnesses and the patient\'s priorities, and make sure whatever we choose is started quickly.',
    ),
  },
  {
    slug: 'treatment-sequencing-strategies-in-alk-nsclc-patients-with-cns-diseases-part-ii',
    title: 'Treatment Sequencing Strategies in ALK + NSCLC Patients with CNS Diseases - Part II',
    summary:
      'Part II covers brain progression on an ALK inhibitor: when to add local treatment, when to switch drugs, and how to protect cognition.',
    specialty: 'oncology',
    providerVideoId: 'CnS2qW7eRt1',
    durationSeconds: 1420,
    speaker: 'Dr. Samuel Okoye',
    series: { slug: SEQUENCING, partNumber: 2 },
    body: joinBlocks(
      'When disease progresses in the brain while the rest of the body remains controlled, the choice between local treatment and a change of systemic therapy is central.',
      'This part discusses stereotactic radiosurgery for limited brain progression while continuing the current inhibitor, switching to a drug with better brain penetration, the reasons to avoid whole-brain radiotherapy where possible, and the follow-up imaging schedule.',
    ),
    transcript: null,
  },
  {
    slug: `${UNTANGLING}-part-v`,
    title: 'Untangling The Best Treatment Approaches For ALK Positive Lung Cancer - Part V',
    summary:
      'Part V looks at resistance: repeat biopsy and liquid biopsy, ALK-dependent and ALK-independent mechanisms, and the options after lorlatinib.',
    specialty: 'oncology',
    providerVideoId: 'Alk5pZ3mKx6',
    durationSeconds: 1865,
    speaker: 'Dr. Ananya Desai',
    series: { slug: UNTANGLING, partNumber: 5 },
    body: joinBlocks(
      'Eventually most ALK-positive cancers become resistant to treatment. Understanding why helps decide what comes next.',
      'The final part explains how tissue and blood-based testing at progression can reveal secondary ALK mutations, bypass pathways such as MET amplification, or transformation to small cell histology, and how these findings point to a next-generation inhibitor in a trial, chemotherapy-based treatment or local therapy for limited progression.',
    ),
    transcript: null,
  },
];

/**
 * The other parts of the seeded series. They are older than every home-page video, so the
 * home page's five newest videos are exactly the seed page's five.
 */
export const EARLIER_SERIES_VIDEOS: SeedVideo[] = [
  {
    slug: `${UNTANGLING}-part-i`,
    title: 'Untangling The Best Treatment Approaches For ALK Positive Lung Cancer - Part I',
    summary: 'Part I covers who to test for ALK rearrangements, which tests to use, and what to do while results are awaited.',
    specialty: 'oncology',
    providerVideoId: 'Alk1pQ8sLd2',
    durationSeconds: 1296,
    speaker: 'Dr. Ananya Desai',
    series: { slug: UNTANGLING, partNumber: 1 },
    body: 'ALK rearrangements are found in a small proportion of non-small cell lung cancers, more often in younger patients and people who have never smoked, but they cannot be predicted from clinical features. This part explains immunohistochemistry, FISH and next-generation sequencing, and why broad molecular testing should be done before starting treatment.',
    transcript: null,
  },
  {
    slug: `${UNTANGLING}-part-iii`,
    title: 'Untangling The Best Treatment Approaches For ALK Positive Lung Cancer - Part III',
    summary: 'Part III is a practical guide to preventing and managing the side effects of ALK inhibitors.',
    specialty: 'oncology',
    providerVideoId: 'Alk3pH6jNc4',
    durationSeconds: 1402,
    speaker: 'Dr. Laura Fischer',
    series: { slug: UNTANGLING, partNumber: 3 },
    body: 'Treatment with ALK inhibitors can last many years, so side effects matter. This part covers baseline checks, monitoring of liver tests, lipids and creatine kinase, recognising lung toxicity early, and using dose adjustments so patients stay on effective treatment.',
    transcript: null,
  },
  {
    slug: `${UNTANGLING}-part-iv`,
    title: 'Untangling The Best Treatment Approaches For ALK Positive Lung Cancer - Part IV',
    summary: 'Part IV discusses progression after a second-generation ALK inhibitor and the role of lorlatinib as a next step.',
    specialty: 'oncology',
    providerVideoId: 'Alk4pF1gBv7',
    durationSeconds: 1489,
    speaker: 'Dr. Ananya Desai',
    series: { slug: UNTANGLING, partNumber: 4 },
    body: 'When the cancer progresses on alectinib or brigatinib, lorlatinib is often the next treatment, and its activity depends in part on the resistance mutation present. This part reviews the evidence and how to read a resistance profile.',
    transcript: null,
  },
  {
    slug: 'treatment-sequencing-strategies-in-alk-nsclc-patients-with-cns-diseases-part-i',
    title: 'Treatment Sequencing Strategies in ALK + NSCLC Patients with CNS Diseases - Part I',
    summary: 'Part I explains why brain MRI belongs in baseline staging and how brain metastases influence the first-line choice.',
    specialty: 'oncology',
    providerVideoId: 'CnS1rY5uIo3',
    durationSeconds: 1334,
    speaker: 'Dr. Samuel Okoye',
    series: { slug: SEQUENCING, partNumber: 1 },
    body: 'The brain is a common site of spread in ALK-positive lung cancer. This part covers baseline MRI for every patient, managing symptomatic metastases, and the evidence on how well each ALK inhibitor controls disease in the brain.',
    transcript: null,
  },
];
