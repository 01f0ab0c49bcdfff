import type { SeedPost } from './types';
import { joinBlocks } from './text';

const byline = 'Hidoc Dr. Editorial Team';

/** Latest Articles of the seed page, in its order (item 1 is published most recently). */
export const ARTICLES: SeedPost[] = [
  {
    kind: 'article',
    slug: 'new-hope-for-rectal-cancer-patients-breakthrough-drug-shows-promising-results',
    title: 'New Hope for Rectal Cancer Patients: Breakthrough Drug Shows Promising Results',
    summary:
      'In a small trial, PD-1 blockade alone led to a clinical complete response in patients with mismatch repair–deficient, locally advanced rectal cancer, sparing them chemoradiation and surgery so far. The finding applies to a small subgroup and needs longer follow-up.',
    specialty: 'oncology',
    byline,
    references: [
      {
        label: 'Cercek A, et al. PD-1 blockade in mismatch repair–deficient, locally advanced rectal cancer. N Engl J Med. 2022',
        url: 'https://www.nejm.org/doi/full/10.1056/NEJMoa2201445',
      },
      { label: 'National Cancer Institute: Rectal cancer treatment (PDQ®)', url: 'https://www.cancer.gov/types/colorectal/patient/rectal-treatment-pdq' },
    ],
    body: joinBlocks(
      'For people with locally advanced rectal cancer, the usual treatment combines chemotherapy, pelvic radiation and surgery. It cures many patients, but it can leave lasting problems with bowel, bladder and sexual function, and sometimes a permanent stoma. A small trial suggests that, for one group of patients, much of this may be avoidable.',
      'The study enrolled patients whose tumours are mismatch repair deficient (dMMR), a feature of only a small minority of rectal cancers, roughly 5 to 10 percent. Such tumours carry many mutations and tend to respond well to immunotherapy. Patients received the PD-1 inhibitor dostarlimab every three weeks for six months. In the first report, every patient who completed treatment had a clinical complete response: no tumour could be found on MRI, endoscopy or biopsy, and none had needed chemoradiation or surgery by the time of reporting.',
      'The results call for careful reading. The trial was small and run at a single centre, and follow-up is still short; tumours can regrow after a clinical complete response, so these patients need close surveillance with regular imaging and endoscopy. The findings do not apply to the large majority of rectal cancers, which are mismatch repair proficient.',
      'What the study does reinforce is the value of testing every rectal cancer for mismatch repair status at diagnosis, before treatment is planned, so that patients who might benefit can be offered immunotherapy, ideally within a clinical trial.',
    ),
  },
  {
    kind: 'article',
    slug: 'exploring-the-latest-treatments-for-essential-thrombocythemia',
    title: 'Exploring the Latest Treatments for Essential Thrombocythemia',
    summary:
      'Treatment of essential thrombocythemia is guided by the risk of thrombosis: aspirin or observation for many low-risk patients, cytoreduction for those at high risk. Long-acting interferons and several targeted drugs are widening the options.',
    specialty: 'haematology',
    byline,
    body: joinBlocks(
      'Essential thrombocythemia (ET) is a chronic myeloproliferative neoplasm in which the bone marrow makes too many platelets. Most patients carry a driver mutation in JAK2, CALR or MPL. Many live for decades with the condition, so treatment aims to prevent blood clots and bleeding, control symptoms and keep watch for the uncommon progression to myelofibrosis or acute leukaemia.',
      '## Treatment follows risk\n\nThe main guide is the risk of thrombosis, which depends on age, previous clots and the driver mutation. Low-risk patients are often managed with low-dose aspirin, and some with CALR-mutated disease with observation alone. Patients over 60 or with a history of thrombosis usually receive cytoreductive therapy: hydroxyurea remains the most common first choice, pegylated interferon-alfa suits younger patients and pregnancy, and anagrelide is an alternative when other drugs are not tolerated. Managing cardiovascular risk factors, such as smoking, blood pressure and cholesterol, matters as much as the choice of drug.',
      '## Newer options\n\nRopeginterferon alfa-2b, a long-acting interferon given every two to four weeks, has shown durable control of blood counts in trials in ET, and some patients have had falls in the mutant allele burden. Drugs in development include bomedemstat, an oral LSD1 inhibitor, and antibodies aimed at the mutant CALR protein, which could, for the first time, target the cause of the disease in CALR-mutated patients. JAK inhibitors have been studied in patients resistant to or intolerant of hydroxyurea, with mixed results.',
      'Several of these treatments are available only in clinical trials, and none has yet been shown to prevent progression. Patients should be referred to a haematologist familiar with myeloproliferative neoplasms, and trial participation considered where it is possible.',
    ),
  },
  {
    kind: 'article',
    slug: 'colon-cancer-risk-factors-warning-signs-and-treatment-options',
    title: 'Colon cancer: Risk factors, warning signs and treatment options',
    summary:
      'Colon cancer is common, increasingly seen in people under 50, and often curable when found early. This overview covers who is at risk, the symptoms that should prompt investigation, screening, and treatment by stage.',
    specialty: 'gastroenterology',
    byline,
    references: [
      { label: 'National Cancer Institute: Colorectal cancer', url: 'https://www.cancer.gov/types/colorectal' },
      { label: 'MedlinePlus: Colorectal cancer', url: 'https://medlineplus.gov/colorectalcancer.html' },
    ],
    body: joinBlocks(
      '## Risk factors\n\nRisk rises with age, but colon cancer is being diagnosed more often in adults under 50. A personal or family history of colorectal cancer or adenomatous polyps, long-standing ulcerative colitis or Crohn\'s colitis, and inherited syndromes such as Lynch syndrome and familial adenomatous polyposis all increase risk. Modifiable factors include smoking, heavy alcohol use, obesity, physical inactivity and a diet high in red and processed meat.',
      '## Warning signs\n\nEarly cancers often cause no symptoms, which is why screening matters. Signs that should prompt investigation include blood in the stool or rectal bleeding, a lasting change in bowel habit, unexplained iron-deficiency anaemia, abdominal pain, and unintended weight loss. Iron-deficiency anaemia in a man or a post-menopausal woman should always lead to examination of the bowel.',
      '## Screening\n\nStool tests (the faecal immunochemical test, FIT, and multitarget stool DNA tests) and colonoscopy are the main options; CT colonography is an alternative in some settings. Several guidelines now advise average-risk adults to begin at 45, and people at higher risk earlier and more often. A positive stool test should always be followed by colonoscopy.',
      '## Treatment\n\nLocalised cancers are treated by removing the affected segment of bowel together with its lymph nodes. Chemotherapy after surgery is advised for stage III and some high-risk stage II disease. For metastatic disease, chemotherapy is combined with targeted drugs chosen by the tumour\'s biology: anti-EGFR antibodies for RAS wild-type tumours, anti-angiogenic drugs, BRAF-targeted combinations, and immunotherapy for mismatch repair–deficient (MSI-high) cancers. Selected patients with liver or lung metastases can still be cured with surgery or ablation.',
    ),
  },
  {
    kind: 'article',
    slug: 'unlocking-the-mystery-of-hemoglobin-c-trait-a-closer-look-at-a-rare-blood-disorder',
    title: 'Unlocking the Mystery of Hemoglobin C Trait: A Closer Look at a Rare Blood Disorder',
    summary:
      'Haemoglobin C trait causes no symptoms and needs no treatment, but it matters for family planning: a child who inherits it together with sickle haemoglobin has haemoglobin SC disease.',
    specialty: 'haematology',
    byline,
    body: joinBlocks(
      'Haemoglobin C is a variant of adult haemoglobin caused by a single change in the beta-globin gene, at the same position that is altered in sickle haemoglobin. People who inherit one copy have haemoglobin C trait (HbAC); people with two copies have haemoglobin C disease (HbCC). The variant is most common in people with West African ancestry and is uncommon elsewhere.',
      'The trait itself is not an illness. It causes no symptoms, needs no treatment and does not affect life expectancy. It is usually found by chance, on newborn screening or when haemoglobin is analysed by electrophoresis or high-performance liquid chromatography. Blood counts are typically normal, although a blood film may show target cells.',
      'Its importance lies in inheritance. When both parents carry a beta-globin variant, each pregnancy has a one-in-four chance of a child inheriting both. If one parent has haemoglobin C trait and the other sickle cell trait, the child may have haemoglobin SC disease, a form of sickle cell disease that can cause painful crises, eye disease and other complications. Combined with beta-thalassaemia trait, it gives haemoglobin C/beta-thalassaemia, usually a mild to moderate anaemia. Partner testing and genetic counselling let couples understand these chances.',
      'Haemoglobin C disease, with two copies, tends to cause a mild ongoing haemolytic anaemia, an enlarged spleen and sometimes gallstones. Most people need only monitoring.',
    ),
  },
  {
    kind: 'article',
    slug: 'tertiary-lymphoid-structures-pivotal-players-in-cancer-prognosis-and-therapeutic-response',
    title: 'Tertiary Lymphoid Structures: Pivotal Players in Cancer Prognosis and Therapeutic Response',
    summary:
      'Tertiary lymphoid structures, organised clusters of immune cells that form in and around tumours, are linked with longer survival and better responses to immune checkpoint inhibitors in several cancers. Measuring them is not yet standardised.',
    specialty: 'oncology',
    byline,
    body: joinBlocks(
      'Tertiary lymphoid structures (TLS) are organised aggregates of immune cells that form in tissues which do not normally contain lymphoid organs, in response to long-lasting inflammation, including within and around tumours. Mature TLS resemble a lymph node in miniature: a B-cell follicle, often with a germinal centre, surrounded by a T-cell zone, dendritic cells and specialised high endothelial venules through which lymphocytes enter.',
      '## Prognosis\n\nIn many solid tumours, among them lung, colorectal, breast and liver cancers and melanoma, the presence of TLS, and of mature TLS in particular, has been associated with longer survival. They appear to act as local sites where anti-tumour immune responses are started and sustained, and where B cells mature into antibody-producing plasma cells.',
      '## Response to immunotherapy\n\nStudies in melanoma, soft-tissue sarcoma and kidney cancer found that tumours rich in TLS and B cells were more likely to respond to immune checkpoint inhibitors. At least one trial in sarcoma has selected patients by TLS status, and researchers are exploring ways to induce TLS as part of treatment.',
      '## Caveats\n\nThere is no agreed way to detect and grade TLS: studies use standard histology, immunohistochemistry or gene-expression signatures, and their location and maturity affect what they mean. Most of the evidence comes from retrospective analyses. TLS are a promising biomarker, but not yet one to guide treatment outside research.',
    ),
  },
];

/**
 * Members-only articles: listed by title and summary to everyone, readable in full only
 * when signed in. The marker sentence lets tests prove the body never reaches an anonymous
 * reader. Published well before the home page's five, so those stay the seed page's.
 */
export const MEMBERS_ARTICLES: SeedPost[] = [
  {
    kind: 'article',
    slug: 'managing-immune-related-adverse-events-a-practical-protocol',
    title: 'Managing Immune-Related Adverse Events: A Practical Protocol',
    summary:
      'A step-by-step approach to recognising, grading and treating the immune-related adverse events of checkpoint inhibitors, from baseline tests before the first dose to steroid tapering and rechallenge.',
    specialty: 'oncology',
    byline,
    access: 'members',
    references: [
      {
        label: 'Schneider BJ, et al. Management of immune-related adverse events in patients treated with immune checkpoint inhibitor therapy: ASCO guideline update. J Clin Oncol. 2021',
        url: 'https://ascopubs.org/doi/10.1200/JCO.21.01440',
      },
      { label: 'National Cancer Institute: Immunotherapy side effects', url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/side-effects' },
    ],
    body: joinBlocks(
      'MEMBERS-ONLY-MARKER: full clinical protocol follows. Checkpoint inhibitors can inflame almost any organ. Most immune-related adverse events (irAEs) are mild and respond to prompt treatment, but a few, such as myocarditis, severe colitis and pneumonitis, can become life-threatening within days. A shared protocol helps every clinician who sees the patient act the same way.',
      '## Before the first dose\n\nRecord a baseline: full blood count, kidney and liver tests, glucose, thyroid function, morning cortisol where possible, and a troponin and ECG for patients at higher cardiac risk. Ask about autoimmune disease and give the patient a card that names the drug and the oncology team\'s number.',
      '## Grading and first steps\n\nGrade each event with the Common Terminology Criteria for Adverse Events. Grade 1: continue treatment with close monitoring. Grade 2: hold the drug and start prednisolone 0.5–1 mg/kg a day if symptoms do not settle. Grade 3–4: stop the drug, admit, and give methylprednisolone 1–2 mg/kg a day; involve the organ specialist early.',
      '## Steroid-refractory events\n\nWithout improvement after 48–72 hours of intravenous steroids, add a second agent chosen for the organ: infliximab or vedolizumab for colitis, mycophenolate for hepatitis, and for myocarditis, specialist-led escalation without delay.',
      '## Tapering and rechallenge\n\nTaper steroids over at least four to six weeks, and longer after grade 3–4 events; consider prophylaxis against Pneumocystis for patients on prolonged high doses. Rechallenge can be considered after most grade 2 events once they have resolved, but seldom after myocarditis or other grade 4 events.',
    ),
  },
];
