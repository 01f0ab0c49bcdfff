import type { SeedSpecialty } from './types';

export const SPECIALTIES: SeedSpecialty[] = [
  {
    slug: 'oncology',
    name: 'Oncology',
    description: 'The diagnosis and treatment of cancer, from molecular testing and systemic therapy to survivorship care.',
  },
  {
    slug: 'haematology',
    name: 'Haematology',
    description: 'Disorders of the blood, bone marrow and lymphatic system, including anaemias, clotting disorders and blood cancers.',
  },
  {
    slug: 'rheumatology',
    name: 'Rheumatology',
    description: 'Autoimmune and inflammatory diseases of the joints, muscles and connective tissue, such as lupus and scleroderma.',
  },
  {
    slug: 'dermatology',
    name: 'Dermatology',
    description: 'Conditions of the skin, hair and nails, including the skin signs of systemic disease.',
  },
  {
    slug: 'cardiology',
    name: 'Cardiology',
    description: 'Diseases of the heart and blood vessels, including coronary disease, heart failure and rhythm disorders.',
  },
  {
    slug: 'pulmonology',
    name: 'Pulmonology',
    description: 'Diseases of the lungs and airways, from asthma and COPD to interstitial lung disease.',
  },
  {
    slug: 'gastroenterology',
    name: 'Gastroenterology',
    description: 'The digestive tract, liver and pancreas, from screening endoscopy to inflammatory bowel disease.',
  },
  {
    slug: 'gynaecology',
    name: "Gynaecology & Women's Health",
    description: 'The female reproductive system across life, including gynaecological cancers, pregnancy care and menopause.',
  },
  {
    slug: 'neurology',
    name: 'Neurology',
    description: 'Disorders of the brain, spinal cord and nerves, such as stroke, epilepsy and neurological complications of cancer.',
  },
];
