import type { SeedPost } from './types';
import { joinBlocks } from './text';

/**
 * The seed page's article, every paragraph verbatim and in order: the first is the lead
 * (shown before any heading and on the home page), the other six are the sections.
 */
export const CALCINOSIS_PARAGRAPHS = [
  'Calcinosis is a condition in which calcium deposits accumulate in the soft tissues of the body, such as the skin, muscles, and tendons. It is a rare disorder that is often associated with autoimmune diseases, such as scleroderma, lupus, and dermatomyositis. While the exact cause of calcinosis is unknown, it is believed to be related to an imbalance between calcium absorption and excretion. Calcinosis can cause pain, swelling, and even disfigurement. It can also lead to serious complications, such as infection and impaired mobility. Fortunately, there are effective treatments available to help manage the symptoms and reduce the risk of complications. In this article, we will discuss the causes, symptoms, and treatments for calcinosis.',
  'Calcinosis is a rare disorder that is characterized by the accumulation of calcium deposits in the soft tissues of the body, such as the skin, muscles, and tendons. These deposits can be visible as small, white bumps on the skin, or they can be hidden beneath the surface. Calcinosis is most commonly seen in people with autoimmune diseases, such as scleroderma, lupus, and dermatomyositis. It can also occur in people who have had trauma to the affected area.',
  'The exact cause of calcinosis is unknown, but it is believed to be related to an imbalance between calcium absorption and excretion. In people with autoimmune diseases, it is thought that the immune system may attack the body’s own tissues, leading to an increased absorption of calcium. It is also thought that a decrease in the body’s ability to excrete calcium may contribute to the accumulation of calcium deposits. It is possible that certain medications may also play a role in the development of calcinosis.',
  'The most common symptom of calcinosis is the presence of small, white bumps on the skin. These bumps may be painful or tender to the touch. The affected area may also be swollen and red. In some cases, the calcium deposits may be hidden beneath the surface of the skin, making them difficult to detect.',
  'The diagnosis of calcinosis is typically made based on a physical examination and a review of the patient’s medical history. In some cases, imaging tests such as X-rays or CT scans may be used to confirm the diagnosis. Blood tests may also be ordered to check for any underlying autoimmune conditions.',
  'The treatment of calcinosis depends on the underlying cause. In cases where the calcium deposits are related to an autoimmune disorder, the primary goal is to control the autoimmune condition. This may involve the use of medications, such as corticosteroids or immunosuppressants. In cases where the calcium deposits are not related to an autoimmune disorder, the goal is to reduce the size of the deposits and prevent new deposits from forming. This may involve the use of medications, such as bisphosphonates or calcitonin, or the use of topical creams or ointments. In some cases, surgery may be necessary to remove the calcium deposits.',
  'Calcinosis is a rare disorder that is characterized by the accumulation of calcium deposits in the soft tissues of the body. It is most commonly seen in people with autoimmune diseases, but it can also occur in people without autoimmune conditions. The exact cause of calcinosis is unknown, but it is believed to be related to an imbalance between calcium absorption and excretion. The most common symptom is the presence of small, white bumps on the skin. Diagnosis is typically made based on a physical examination and a review of the patient’s medical history. Treatment depends on the underlying cause, but may involve medications, topical creams or ointments, or even surgery. With proper diagnosis and treatment, it is possible to effectively manage calcinosis and reduce the risk of complications.',
] as const;

export const CALCINOSIS_SECTIONS = ['Overview', 'Causes', 'Symptoms', 'Diagnosis', 'Treatment', 'Outlook'] as const;

function buildBody(): string {
  const [lead, ...sections] = CALCINOSIS_PARAGRAPHS;
  return joinBlocks(lead, ...CALCINOSIS_SECTIONS.flatMap((heading, i) => [`## ${heading}`, sections[i] ?? '']));
}

export const CALCINOSIS: SeedPost = {
  kind: 'condition',
  slug: 'calcinosis',
  title: 'Calcinosis',
  summary:
    'Calcinosis is the build-up of calcium deposits in the skin, muscles and tendons, seen most often in people with ' +
    'autoimmune diseases such as scleroderma and dermatomyositis. This overview covers why it happens, how it shows ' +
    'itself, how it is diagnosed and which treatments help.',
  body: buildBody(),
  specialty: 'rheumatology',
  byline: 'Hidoc Dr. Editorial Team',
  references: [
    { label: 'DermNet: Calcinosis cutis', url: 'https://dermnetnz.org/topics/calcinosis-cutis' },
    { label: 'NIAMS (NIH): Scleroderma', url: 'https://www.niams.nih.gov/health-topics/scleroderma' },
    { label: 'NIAMS (NIH): Myositis', url: 'https://www.niams.nih.gov/health-topics/myositis' },
    { label: 'MedlinePlus: Scleroderma', url: 'https://medlineplus.gov/scleroderma.html' },
  ],
};
