import type { CmeFormat, Faculty } from '../schema';
import { joinBlocks } from './text';

/**
 * CME activities from the seed page's video topics, written for this portal as cautious
 * medical education: they summarise published evidence and guidance in general terms and
 * send the reader to current guidelines and product information for decisions.
 *
 * Dates are days relative to the moment the row is first inserted (lib/db/seed.ts), so the
 * demo always has current activities and one archived one. The sequencing activity's body
 * holds a word found nowhere else in the seed (CME_BODY_MARKER): the leak tests look for it.
 */

export type SeedCmeQuestion = {
  prompt: string;
  /** Four answers, exactly one of them right. */
  options: Array<{ label: string; isCorrect?: true }>;
  explanation: string;
};

export type SeedCmeActivity = {
  slug: string;
  title: string;
  summary: string;
  /** Markdown with `##` headings; members only. */
  body: string;
  objectives: string[];
  credits: string;
  accreditationStatement: string;
  faculty: Faculty[];
  specialty: string;
  format: CmeFormat;
  videoUrl: string | null;
  /** Days from the first insert: negative is in the past. */
  releaseInDays: number;
  expiryInDays: number;
  passMark: number;
  questions: SeedCmeQuestion[];
};

/** A made-up case-series name that only the sequencing activity's body holds. */
export const CME_BODY_MARKER = 'QUELTRAVIN';

const ACCREDITATION =
  'Hidoc Dr. designates this enduring activity for a maximum of {credits} CME credit hours. Doctors should claim only the credit commensurate with the extent of their participation. Content was reviewed for balance and freedom from commercial bias by an independent medical reviewer.';

const accreditation = (credits: string) => ACCREDITATION.replace('{credits}', credits);

const thromboprophylaxis: SeedCmeActivity = {
  slug: 'thromboprophylaxis-in-medical-inpatients',
  title: 'Thromboprophylaxis in Medical Inpatients: Assessing Risk and Choosing Prevention',
  summary:
    'A practical, risk-based approach to preventing venous thromboembolism in adults admitted with an acute medical illness: who benefits, which agent, and for how long.',
  objectives: [
    'Assess venous thromboembolism and bleeding risk on admission with a validated tool, and record the decision.',
    'Choose between low-molecular-weight heparin, unfractionated heparin, fondaparinux and mechanical methods for a given patient.',
    'Adjust prophylaxis for kidney impairment, low body weight and thrombocytopenia.',
    'Explain why extended prophylaxis after discharge is not routine for medical patients.',
  ],
  credits: '1.00',
  accreditationStatement: accreditation('1.00'),
  faculty: [
    {
      name: 'Dr. Kavita Rao',
      role: 'Consultant Haematologist, course director',
      disclosure: 'Has received speaker fees from a manufacturer of low-molecular-weight heparin (ended 2024). All relevant relationships have been mitigated.',
    },
    {
      name: 'Dr. Daniel Okafor',
      role: 'Physician, medical reviewer',
      disclosure: 'Has no relevant financial relationships to disclose.',
    },
  ],
  specialty: 'haematology',
  format: 'video',
  videoUrl: 'https://www.youtube-nocookie.com/embed/hD7q2LmX9aQ',
  releaseInDays: -30,
  expiryInDays: 700,
  passMark: 70,
  body: joinBlocks(
    'Venous thromboembolism (VTE) is a leading preventable cause of death in hospital, and most hospital-associated events occur in patients admitted with a medical rather than a surgical illness. Prophylaxis works, but it is not free: every anticoagulant dose carries some risk of bleeding. This module, which accompanies the recorded talk, sets out a structured way to decide.',
    '## Assess both risks on admission',
    'Every adult admitted with an acute medical illness should have a documented assessment of clot risk and bleeding risk, repeated when the clinical picture changes. Validated tools make this consistent between colleagues. The Padua Prediction Score and the IMPROVE VTE score weigh factors such as previous VTE, active cancer, reduced mobility, known thrombophilia, recent trauma or surgery, older age, heart or respiratory failure, acute infection and obesity. The IMPROVE bleeding score highlights active gastroduodenal ulcer, recent bleeding, low platelet count, severe kidney or liver impairment and admission to intensive care.',
    '## Choosing prophylaxis',
    'For a patient at increased clot risk without a high bleeding risk, pharmacological prophylaxis is the default. Once-daily low-molecular-weight heparin (LMWH) is the usual first choice. Unfractionated heparin (UFH) two or three times daily is a reasonable alternative, particularly with severe kidney impairment, where LMWH accumulates unless its dose is reduced. Fondaparinux can be used when heparin is contraindicated, for example after heparin-induced thrombocytopenia, but it is avoided when creatinine clearance is below 30 mL/min. Aspirin is not an adequate substitute for VTE prophylaxis in medical patients.',
    'Before the first dose, check the platelet count, kidney function and any recent bleeding, and review interacting medicines such as antiplatelet agents. Follow local protocols and the product information for dosing at extremes of body weight.',
    '## When bleeding risk is high',
    'Where anticoagulation is contraindicated, intermittent pneumatic compression is the preferred mechanical method. Graduated compression stockings offer little on their own and can harm the skin, especially after a stroke or in peripheral arterial disease. Bleeding risk often falls as the patient recovers, so reassess every few days and start pharmacological prophylaxis when it becomes safe.',
    '## How long to continue',
    'For most medical patients, prophylaxis continues while they are in hospital and at reduced mobility, and stops at discharge. Trials of extended post-discharge prophylaxis with several agents reduced some asymptomatic and symptomatic clots but increased major bleeding, without a clear overall benefit; current guidance does not recommend it routinely. Any extension should be a deliberate, documented decision for a carefully selected patient.',
    '## Key points',
    '- Assess clot and bleeding risk for every medical admission, and write the decision down.\n- LMWH is the usual first choice; adjust for kidney function and weight.\n- Use intermittent pneumatic compression when anticoagulants are contraindicated, and reassess.\n- Stop at discharge unless there is a specific, documented reason not to.',
    'This module is educational. Check current national guidelines, your hospital formulary and the product information before prescribing.',
  ),
  questions: [
    {
      prompt: 'A 72-year-old woman is admitted with pneumonia and heart failure. What should happen first regarding VTE prophylaxis?',
      options: [
        { label: 'Start LMWH immediately without further assessment' },
        { label: 'Document a structured assessment of both clot and bleeding risk', isCorrect: true },
        { label: 'Prescribe aspirin as a safer alternative' },
        { label: 'Wait until day three to see whether she mobilises' },
      ],
      explanation:
        'Every medical admission needs a documented assessment of both VTE and bleeding risk, with a validated tool, before choosing whether and how to give prophylaxis.',
    },
    {
      prompt: 'Which agent is generally avoided for prophylaxis when creatinine clearance is below 30 mL/min?',
      options: [
        { label: 'Unfractionated heparin' },
        { label: 'Intermittent pneumatic compression' },
        { label: 'Fondaparinux', isCorrect: true },
        { label: 'Early mobilisation' },
      ],
      explanation:
        'Fondaparinux is cleared by the kidneys and is avoided with severe kidney impairment; unfractionated heparin is often preferred in that setting.',
    },
    {
      prompt: 'A patient at high VTE risk has an active gastroduodenal ulcer that bled this week. What is the most appropriate prophylaxis now?',
      options: [
        { label: 'Full-dose anticoagulation' },
        { label: 'Intermittent pneumatic compression, with regular reassessment', isCorrect: true },
        { label: 'Aspirin 75 mg daily' },
        { label: 'No prophylaxis and no reassessment' },
      ],
      explanation:
        'When bleeding risk is high, mechanical prophylaxis with intermittent pneumatic compression is preferred, and pharmacological prophylaxis is started once it becomes safe.',
    },
    {
      prompt: 'What have trials of routine extended thromboprophylaxis after discharge in medical patients generally shown?',
      options: [
        { label: 'Fewer clots and fewer bleeds' },
        { label: 'No effect on clots at all' },
        { label: 'Some reduction in clots, but more major bleeding, without a clear net benefit', isCorrect: true },
        { label: 'A large reduction in overall mortality' },
      ],
      explanation:
        'Extended prophylaxis reduced some VTE events but increased major bleeding; guidance therefore does not recommend it routinely for medical patients.',
    },
    {
      prompt: 'Which of these should be checked before the first dose of heparin prophylaxis?',
      options: [
        { label: 'Serum ferritin' },
        { label: 'Platelet count and kidney function', isCorrect: true },
        { label: 'Thyroid function' },
        { label: 'D-dimer' },
      ],
      explanation:
        'A baseline platelet count and kidney function guide the choice and dose of agent, and the platelet count is the reference point for spotting heparin-induced thrombocytopenia.',
    },
  ],
};

const lorlatinib: SeedCmeActivity = {
  slug: 'lorlatinib-first-line-alk-positive-nsclc',
  title: 'Lorlatinib as First-Line Therapy in ALK-Positive Advanced NSCLC',
  summary:
    'What the long-term results of the CROWN trial mean for choosing first-line treatment in ALK-positive advanced non-small cell lung cancer, and how to manage lorlatinib\'s distinctive side effects.',
  objectives: [
    'Summarise the design and long-term efficacy results of the CROWN trial of lorlatinib versus crizotinib.',
    'Describe lorlatinib\'s intracranial activity and what it means for patients with and without brain metastases.',
    'Recognise and manage hyperlipidaemia, weight gain, oedema and central nervous system effects.',
  ],
  credits: '1.50',
  accreditationStatement: accreditation('1.50'),
  faculty: [
    {
      name: 'Dr. Michael Chen',
      role: 'Medical Oncologist, thoracic oncology',
      disclosure: 'Has served on advisory boards for two manufacturers of ALK inhibitors (honoraria paid to his institution). All relevant relationships have been mitigated.',
    },
    {
      name: 'Dr. Meera Pillai',
      role: 'Oncologist, medical reviewer',
      disclosure: 'Has no relevant financial relationships to disclose.',
    },
  ],
  specialty: 'oncology',
  format: 'video',
  videoUrl: 'https://www.youtube-nocookie.com/embed/Cr0wN5yRt2k',
  releaseInDays: -20,
  expiryInDays: 710,
  passMark: 70,
  body: joinBlocks(
    'Rearrangements of the anaplastic lymphoma kinase (ALK) gene drive a small but important share of non-small cell lung cancers (NSCLC), often in younger people who have smoked little or never. Several ALK tyrosine kinase inhibitors (TKIs) are now available first line. This module reviews the evidence for the third-generation inhibitor lorlatinib and the practical care it needs.',
    '## The CROWN trial',
    'CROWN was a randomised phase 3 trial in previously untreated advanced ALK-positive NSCLC comparing lorlatinib 100 mg once daily with crizotinib, the first-generation inhibitor. The primary end point was progression-free survival assessed by blinded independent central review. At the five-year analysis, the median progression-free survival had not been reached with lorlatinib, compared with about nine months with crizotinib, and roughly three in five patients on lorlatinib were alive without progression at five years. Overall survival data remain immature, and there is no head-to-head trial against the second-generation inhibitors alectinib or brigatinib, so comparisons across trials need caution.',
    '## The brain',
    'Brain metastases are common in ALK-positive disease, at diagnosis and over time. Lorlatinib was designed to cross the blood–brain barrier. In CROWN it produced high intracranial response rates in patients with measurable brain metastases, and among patients without brain metastases at baseline very few developed intracranial progression on lorlatinib compared with crizotinib. Baseline brain MRI is recommended for everyone with advanced ALK-positive NSCLC.',
    '## Side effects that need a plan',
    'Lorlatinib\'s side-effect profile differs from other ALK inhibitors. Raised cholesterol and triglycerides are very common: check a lipid profile before starting and regularly afterwards, and start a statin or other lipid-lowering therapy early, choosing one without important interactions. Weight gain and peripheral oedema are frequent. Central nervous system effects, including changes in mood, thinking, speech or sleep and, rarely, psychotic symptoms, occur in a substantial minority; ask about them at each visit, and involve the patient\'s family, who may notice them first. Most effects are manageable with supportive care, dose interruption or dose reduction, and exploratory analyses suggest that dose reduction did not compromise efficacy.',
    'Lorlatinib interacts with other medicines: strong CYP3A inducers are contraindicated because of a risk of serious liver toxicity, and lorlatinib itself can lower the levels of some drugs. Review every medicine before starting, and check the product information.',
    '## Choosing first-line therapy',
    'Alectinib, brigatinib and lorlatinib are all accepted first-line options in current guidelines. The choice weighs the strength of intracranial protection, the side-effect profile, comorbidities, drug interactions, access and the patient\'s priorities. Shared decision-making, with an honest discussion of the central nervous system effects, matters.',
    'This module is educational. Prescribing decisions should follow current guidelines and the product information.',
  ),
  questions: [
    {
      prompt: 'In the CROWN trial, lorlatinib was compared with which treatment?',
      options: [
        { label: 'Alectinib' },
        { label: 'Crizotinib', isCorrect: true },
        { label: 'Platinum-pemetrexed chemotherapy' },
        { label: 'Brigatinib' },
      ],
      explanation:
        'CROWN compared first-line lorlatinib with crizotinib. There is no head-to-head trial against the second-generation inhibitors, so cross-trial comparisons need caution.',
    },
    {
      prompt: 'What was the primary end point of the CROWN trial?',
      options: [
        { label: 'Overall survival' },
        { label: 'Quality of life' },
        { label: 'Progression-free survival by blinded independent central review', isCorrect: true },
        { label: 'Intracranial response rate' },
      ],
      explanation:
        'The primary end point was progression-free survival assessed by blinded independent central review; overall survival data remain immature.',
    },
    {
      prompt: 'Which laboratory abnormality is the most common with lorlatinib and should be monitored from baseline?',
      options: [
        { label: 'Hypokalaemia' },
        { label: 'Raised cholesterol and triglycerides', isCorrect: true },
        { label: 'Hypercalcaemia' },
        { label: 'Raised thyroid-stimulating hormone' },
      ],
      explanation:
        'Hypercholesterolaemia and hypertriglyceridaemia are very common. Check lipids before starting and regularly afterwards, and treat early.',
    },
    {
      prompt: 'A patient on lorlatinib\'s partner reports that he has become withdrawn and forgetful. What is the best response?',
      options: [
        { label: 'Reassure them that this is unrelated to treatment' },
        { label: 'Stop all cancer treatment permanently' },
        { label: 'Assess for a central nervous system adverse effect and consider dose interruption or reduction', isCorrect: true },
        { label: 'Double the dose to control possible brain metastases' },
      ],
      explanation:
        'Changes in mood and cognition are recognised effects of lorlatinib. They are usually managed with dose interruption or reduction, after excluding other causes such as disease progression.',
    },
    {
      prompt: 'Which class of medicine is contraindicated with lorlatinib?',
      options: [
        { label: 'Statins' },
        { label: 'Strong CYP3A inducers', isCorrect: true },
        { label: 'Proton pump inhibitors' },
        { label: 'Paracetamol' },
      ],
      explanation:
        'Strong CYP3A inducers such as rifampicin are contraindicated because of a risk of serious liver toxicity, and they would also lower lorlatinib exposure.',
    },
  ],
};

const sequencing: SeedCmeActivity = {
  slug: 'treatment-sequencing-alk-positive-nsclc-cns-disease',
  title: 'Treatment Sequencing in ALK-Positive NSCLC with CNS Disease',
  summary:
    'How to plan the order of treatments for ALK-positive non-small cell lung cancer when the brain or the leptomeninges are involved, from the first TKI to progression.',
  objectives: [
    'Plan first-line therapy for a patient with ALK-positive NSCLC and brain metastases at diagnosis.',
    'Decide when local treatment of brain metastases is needed and when a CNS-active TKI can be used alone.',
    'Choose the next treatment after progression on a second-generation ALK inhibitor, using resistance testing where available.',
    'Describe an imaging surveillance plan for the brain.',
  ],
  credits: '1.00',
  accreditationStatement: accreditation('1.00'),
  faculty: [
    {
      name: 'Dr. Samuel Okoye',
      role: 'Thoracic Oncologist, course director',
      disclosure: 'Has received research funding paid to his institution from a manufacturer of ALK inhibitors. All relevant relationships have been mitigated.',
    },
    {
      name: 'Dr. Laura Fischer',
      role: 'Radiation Oncologist',
      disclosure: 'Has no relevant financial relationships to disclose.',
    },
  ],
  specialty: 'oncology',
  format: 'article',
  videoUrl: null,
  releaseInDays: -10,
  expiryInDays: 720,
  passMark: 70,
  body: joinBlocks(
    'The central nervous system (CNS) is one of the most frequent sites of disease in ALK-positive non-small cell lung cancer: a substantial share of patients have brain metastases at diagnosis, and more develop them later. Because patients now live for years on targeted therapy, the order of treatments and how each protects the brain shape both survival and quality of life.',
    '## Start with the right imaging',
    'Every patient with advanced ALK-positive NSCLC should have a contrast-enhanced brain MRI at diagnosis, even without symptoms. CT misses small lesions. Leptomeningeal disease is suggested by cranial nerve palsies, headache or confusion, and by enhancement along the meninges on MRI; cerebrospinal fluid cytology can confirm it.',
    '## First line: a CNS-active inhibitor',
    'The second-generation inhibitors alectinib and brigatinib and the third-generation lorlatinib all penetrate the CNS far better than crizotinib, and all are accepted first-line options. In randomised trials each reduced CNS progression compared with crizotinib; lorlatinib showed particularly high intracranial activity and protection against new brain metastases, at the cost of a distinctive side-effect profile.',
    'For asymptomatic or minimally symptomatic brain metastases, many teams start a CNS-active TKI alone and repeat the MRI after about six to eight weeks, keeping stereotactic radiosurgery (SRS) in reserve. Large, symptomatic lesions, those causing significant oedema or mass effect, and lesions in critical locations usually need local treatment first or alongside, with neurosurgery or SRS. Whole-brain radiotherapy is avoided where possible because of its effects on cognition in patients who may live for many years.',
    '## Worked example',
    `In the ${CME_BODY_MARKER} teaching case series used for this module (hypothetical patients, assembled for teaching), a 48-year-old never-smoker presents with three small asymptomatic brain metastases. She starts a CNS-active ALK inhibitor alone; the lesions shrink on the eight-week MRI, and she continues with scans every three months. Two years later a single lesion grows while the body disease stays controlled: it is treated with SRS and the same inhibitor continues.`,
    '## At progression',
    'Progression confined to one or a few sites (oligoprogression), in the brain or elsewhere, can often be treated locally while the same TKI continues. Wider progression calls for a change of systemic treatment. After a second-generation inhibitor, a tissue or plasma biopsy can show resistance mutations such as ALK G1202R, against which lorlatinib remains active, or ALK-independent mechanisms. After lorlatinib, options are more limited: platinum-pemetrexed chemotherapy is commonly used, and clinical trials should be considered. Immune checkpoint inhibitors alone work poorly in ALK-positive disease.',
    '## Surveillance',
    'Repeat brain MRI regularly while on treatment, commonly every three to six months, and sooner with new neurological symptoms. Agree the plan with the patient, the radiation oncologist and, where needed, the neurosurgeon in a multidisciplinary meeting.',
    'This module is educational. Decisions for individual patients should follow current guidelines and multidisciplinary review.',
  ),
  questions: [
    {
      prompt: 'Which imaging is recommended for every patient with newly diagnosed advanced ALK-positive NSCLC?',
      options: [
        { label: 'Skull X-ray' },
        { label: 'Non-contrast CT of the head only if symptomatic' },
        { label: 'Contrast-enhanced brain MRI, even without symptoms', isCorrect: true },
        { label: 'No brain imaging until progression' },
      ],
      explanation:
        'Brain metastases are common and often asymptomatic; contrast-enhanced MRI is more sensitive than CT and is recommended at diagnosis for everyone.',
    },
    {
      prompt: 'A patient has three small asymptomatic brain metastases at diagnosis. Which approach is commonly used?',
      options: [
        { label: 'Whole-brain radiotherapy before any systemic treatment' },
        { label: 'A CNS-active ALK inhibitor alone with early repeat MRI, keeping SRS in reserve', isCorrect: true },
        { label: 'Crizotinib, then radiotherapy at progression' },
        { label: 'Chemotherapy with an immune checkpoint inhibitor' },
      ],
      explanation:
        'For asymptomatic or minimally symptomatic lesions, a CNS-active TKI alone with close MRI follow-up is common, deferring radiotherapy and its cognitive effects.',
    },
    {
      prompt: 'Why is whole-brain radiotherapy avoided where possible in ALK-positive NSCLC?',
      options: [
        { label: 'It does not control brain metastases' },
        { label: 'It is contraindicated with all TKIs' },
        { label: 'Its long-term effects on cognition matter for patients who may live for many years', isCorrect: true },
        { label: 'It is more expensive than stereotactic radiosurgery' },
      ],
      explanation:
        'Patients often live for years on targeted therapy, so the cognitive effects of whole-brain radiotherapy weigh heavily; SRS and CNS-active TKIs are preferred.',
    },
    {
      prompt: 'Which resistance mutation after a second-generation inhibitor is characteristically still sensitive to lorlatinib?',
      options: [
        { label: 'EGFR T790M' },
        { label: 'ALK G1202R', isCorrect: true },
        { label: 'KRAS G12C' },
        { label: 'BRAF V600E' },
      ],
      explanation:
        'ALK G1202R is a common resistance mutation after second-generation inhibitors, and lorlatinib was designed to remain active against it.',
    },
    {
      prompt: 'A single brain lesion grows while extracranial disease remains controlled on a TKI. What is a reasonable approach?',
      options: [
        { label: 'Stop the TKI and start chemotherapy' },
        { label: 'Treat the lesion locally, for example with SRS, and continue the same TKI', isCorrect: true },
        { label: 'Start an immune checkpoint inhibitor alone' },
        { label: 'Observe without treatment until symptoms appear' },
      ],
      explanation:
        'Oligoprogression can often be treated locally while the TKI that still controls the rest of the disease continues.',
    },
  ],
};

const archivedDemo: SeedCmeActivity = {
  slug: 'd-dimer-in-suspected-vte-archived-edition',
  title: 'D-dimer in Suspected Venous Thromboembolism (Archived Edition)',
  summary:
    'An earlier demo activity on using D-dimer with clinical probability scores, kept in the archive after its expiry date. It no longer offers credit.',
  objectives: [
    'Combine a clinical probability score with D-dimer testing in suspected VTE.',
    'Recall why a D-dimer result is less useful in older and hospitalised patients.',
  ],
  credits: '0.50',
  accreditationStatement: accreditation('0.50'),
  faculty: [
    {
      name: 'Dr. Kavita Rao',
      role: 'Consultant Haematologist',
      disclosure: 'Has no relevant financial relationships to disclose.',
    },
  ],
  specialty: 'haematology',
  format: 'article',
  videoUrl: null,
  releaseInDays: -800,
  expiryInDays: -70,
  passMark: 70,
  body: joinBlocks(
    'This archived demo activity is kept so that the archive has something to show. Its credit period has ended.',
    '## Probability first',
    'D-dimer is useful to rule out venous thromboembolism only when the clinical probability is low or intermediate, assessed with a validated score such as the Wells score. A normal result in that setting makes the diagnosis unlikely. With a high clinical probability, go straight to imaging.',
    '## Limits',
    'D-dimer rises with age, pregnancy, infection, cancer and recent surgery, so it is often raised in hospitalised patients. Age-adjusted thresholds improve its usefulness in older patients.',
  ),
  questions: [
    {
      prompt: 'When is a D-dimer test most useful in suspected deep vein thrombosis?',
      options: [
        { label: 'With a high clinical probability' },
        { label: 'With a low or intermediate clinical probability', isCorrect: true },
        { label: 'After a positive ultrasound' },
        { label: 'Only in pregnancy' },
      ],
      explanation: 'A normal D-dimer helps rule out VTE when the clinical probability is low or intermediate; with high probability, image directly.',
    },
    {
      prompt: 'Which change improves the usefulness of D-dimer in older patients?',
      options: [
        { label: 'A lower threshold' },
        { label: 'An age-adjusted threshold', isCorrect: true },
        { label: 'Repeating the test daily' },
        { label: 'Testing only in the morning' },
      ],
      explanation: 'D-dimer rises with age; age-adjusted thresholds keep its ability to rule out VTE while reducing false positives.',
    },
    {
      prompt: 'Which of these does NOT commonly raise D-dimer?',
      options: [
        { label: 'Recent surgery' },
        { label: 'Active cancer' },
        { label: 'Pregnancy' },
        { label: 'Well-controlled hypothyroidism', isCorrect: true },
      ],
      explanation: 'Surgery, cancer, pregnancy, infection and age all raise D-dimer; well-controlled hypothyroidism is not a recognised cause.',
    },
  ],
};

/** Current activities first (newest release last in this list), then the archived demo. */
export const CME_ACTIVITIES: SeedCmeActivity[] = [thromboprophylaxis, lorlatinib, sequencing, archivedDemo];

/** The activity the demo doctor has passed (with a certificate and an evaluation). */
export const DEMO_PASSED_CME_SLUG = thromboprophylaxis.slug;
