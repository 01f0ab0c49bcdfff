import type { SeedPost } from './types';
import { joinBlocks } from './text';

const byline = 'Hidoc Dr. News Desk';

/** Trending News of the seed page, in its order (item 1 is published most recently). */
export const NEWS: SeedPost[] = [
  {
    kind: 'news',
    slug: 'a-new-mechanism-of-radioresistance-formation-demonstrated-in-lung-adenocarcinoma',
    title: 'A new mechanism of radioresistance formation demonstrated in lung adenocarcinoma',
    summary:
      'Laboratory work in lung adenocarcinoma models describes how tumour cells that survive repeated radiation switch on faster DNA repair and antioxidant defences. The findings are preclinical and have not yet been tested in patients.',
    specialty: 'oncology',
    byline,
    body: joinBlocks(
      'Radiotherapy is used at almost every stage of lung adenocarcinoma, from curative treatment of early tumours to symptom control in advanced disease. Yet some tumours regrow inside the treated field, and why a minority of cancer cells withstand the dose is still only partly understood.',
      'In a laboratory study, investigators gave lung adenocarcinoma cell lines and tumours grown in mice repeated, fractionated doses of radiation and compared the cells that survived with those that did not. The survivors had switched on a stress-response programme that speeds up the repair of DNA double-strand breaks and strengthens the defences that neutralise reactive oxygen species, the main means by which radiation kills cells. Blocking one step of that programme made the resistant cells sensitive to radiation again.',
      'The results are preclinical. It is not yet known how often this mechanism operates in human tumours, or whether it can be detected in a routine biopsy. If later work confirms it, the pathway could yield a marker of patients less likely to benefit from radiotherapy alone and suggest drug combinations for early-phase trials. Until then, it does not change how patients are treated.',
    ),
  },
  {
    kind: 'news',
    slug: 'an-inhibitor-of-jak1-exhibits-remarkable-activity-in-t-cell-lymphoma',
    title: 'An inhibitor of JAK1 exhibits "remarkable" activity in T-cell lymphoma.',
    summary:
      'An oral, selective JAK1 inhibitor produced responses, some of them complete and lasting, in patients with relapsed or refractory peripheral T-cell lymphoma. The single-arm trial cannot yet show a survival benefit.',
    specialty: 'haematology',
    byline,
    body: joinBlocks(
      'Peripheral T-cell lymphomas are uncommon and often aggressive, and people whose disease returns after first-line chemotherapy have few treatments that work for long. Investigators have reported that an oral inhibitor selective for Janus kinase 1 (JAK1) shrank the lymphoma in a meaningful share of such patients, an effect the lead investigator called "remarkable".',
      'The JAK–STAT signalling pathway is frequently switched on in T-cell lymphomas, through mutations in the tumour or through signals from the cells around it, which makes it a reasonable target. In the trial, responses were seen across several subtypes of the disease, and some were complete and durable.',
      'The main side effects were low blood counts and infections, in keeping with what is known about JAK inhibition, and some patients needed dose interruptions or reductions. Because every patient received the drug and there was no comparison group, the study cannot show whether it helps people live longer than existing options. Randomised trials are needed before it can be considered a standard treatment.',
    ),
  },
  {
    kind: 'news',
    slug: 'approval-in-endometrial-cancer-expanded-masks-at-cancer-centers-npr-reporter-dies',
    title: 'Approval in Endometrial Cancer Expanded; Masks at Cancer Centers; NPR Reporter Dies',
    summary:
      'This roundup covers a wider approval for immunotherapy with chemotherapy in advanced endometrial cancer, the return of masking at some cancer centres, and a tribute to a public radio health reporter.',
    specialty: 'oncology',
    byline,
    body: joinBlocks(
      "**Endometrial cancer.** Regulators have widened the approval of an immune checkpoint inhibitor given with carboplatin and paclitaxel for primary advanced or recurrent endometrial cancer, so that it now covers patients whose tumours are mismatch repair proficient as well as those that are mismatch repair deficient. In the trials the benefit was largest in mismatch repair–deficient disease, so the expected gain, and the risk of immune-related side effects, should be discussed with each patient.",
      '**Masks at cancer centres.** Several cancer centres have brought back masking in clinical areas for the respiratory virus season. People receiving chemotherapy, stem cell transplants or other treatments that weaken the immune system face a higher risk of severe illness from influenza, COVID-19 and RSV, and the centres cite their protection as the reason.',
      '**In memoriam.** Colleagues at National Public Radio have paid tribute to a longtime reporter who died of cancer, recalling years of work that helped listeners make sense of medicine and science.',
    ),
  },
  {
    kind: 'news',
    slug: 'breast-cancer-surgery-study-finds-overnight-hospital-stay-not-important-for-older-patients',
    title: 'Breast cancer surgery: Study finds overnight hospital stay not important for older patients',
    summary:
      'In a study of women aged 65 and over, going home on the day of breast cancer surgery was not linked to more complications or readmissions than staying overnight. The decision should still rest on the individual patient.',
    specialty: 'oncology',
    byline,
    body: joinBlocks(
      'Many older women who have surgery for breast cancer, mastectomy included, can safely go home the same day, a study of patients aged 65 and over suggests. Staying in hospital overnight was not associated with fewer complications, readmissions or emergency visits in the month after the operation.',
      'The researchers used a large surgical outcomes database and took account of age, other illnesses and the type of operation. Because the study was observational, it cannot rule out that surgeons kept the patients they were most concerned about overnight, which could hide a benefit for that group.',
      'Same-day discharge is not right for everyone. Frailty, pain control, drains, the distance from hospital and support at home all matter, and the authors argue that the choice should be made with each patient rather than on age alone. For suitable patients, avoiding an overnight stay may mean less disruption and a lower risk of hospital-acquired problems such as delirium.',
    ),
  },
  {
    kind: 'news',
    slug: 'as-compared-to-proton-therapy-proton-therapy-is-very-effective-in-treating-esophageal-cancer',
    // The seed page's headline, kept word for word; the body says what is actually compared.
    title: 'As compared to proton therapy, proton therapy is very effective in treating esophageal cancer.',
    summary:
      'Compared with photon-based radiotherapy, proton therapy for esophageal cancer caused less treatment-related toxicity in a randomised trial, with similar control of the disease. A larger trial is under way.',
    specialty: 'oncology',
    byline,
    body: joinBlocks(
      'Despite the wording of the headline, the comparison here is between proton beam therapy and conventional photon-based radiotherapy, usually intensity-modulated radiotherapy (IMRT), for people with esophageal cancer treated with radiation and chemotherapy.',
      'Protons release most of their energy at a set depth and then stop, so less radiation reaches the heart and lungs lying close to the esophagus. In a randomised phase II trial, patients treated with protons had a lower overall burden of treatment-related side effects, including fewer complications after surgery, while progression-free survival was similar in the two groups.',
      'The results are encouraging but not the last word. A larger phase III trial is comparing the two approaches on overall survival, and proton therapy remains costly and available at relatively few centres. For now, the choice depends on where the tumour lies, the patient\'s heart and lung risks, and access to treatment.',
    ),
  },
];
