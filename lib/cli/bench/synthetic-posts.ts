import type postgres from 'postgres';
import { createRandom } from './stats';

/**
 * Synthetic published posts for the benchmark's big database: INSERT … SELECT over
 * generate_series, so PostgreSQL makes 100,000 rows in about a minute. The text is made of
 * real clinical words drawn with a skew (a few are in almost every post, like "patient") and
 * of made-up drug names, each in a handful of posts (like a real rare term), so searches
 * range from a few hits to tens of thousands. Seeded, so every load is the same.
 */

/** Common words first: the skewed draw picks early entries far more often than late ones. */
export const VOCABULARY: readonly string[] = [
  // everyday clinical words
  'patient', 'treatment', 'clinical', 'study', 'disease', 'risk', 'therapy', 'care', 'results', 'trial',
  'dose', 'symptoms', 'diagnosis', 'outcome', 'hospital', 'doctor', 'evidence', 'guideline', 'review', 'chronic',
  'acute', 'blood', 'pain', 'infection', 'cancer', 'heart', 'drug', 'response', 'monitoring', 'follow-up',
  'screening', 'prevention', 'management', 'surgery', 'imaging', 'laboratory', 'adverse', 'effect', 'safety', 'efficacy',
  // organs and systems
  'cardiac', 'renal', 'hepatic', 'pulmonary', 'neurological', 'dermal', 'gastric', 'vascular', 'skeletal', 'muscular',
  'thyroid', 'adrenal', 'pancreatic', 'ocular', 'auditory', 'lymphatic', 'endocrine', 'immune', 'metabolic', 'respiratory',
  // conditions
  'diabetes', 'hypertension', 'asthma', 'arthritis', 'pneumonia', 'sepsis', 'stroke', 'migraine', 'epilepsy', 'anaemia',
  'psoriasis', 'eczema', 'lupus', 'scleroderma', 'gout', 'osteoporosis', 'obesity', 'depression', 'anxiety', 'dementia',
  'leukaemia', 'lymphoma', 'melanoma', 'carcinoma', 'sarcoma', 'glioma', 'myeloma', 'fibrosis', 'cirrhosis', 'hepatitis',
  'tuberculosis', 'malaria', 'influenza', 'meningitis', 'endocarditis', 'myocarditis', 'pericarditis', 'colitis', 'gastritis', 'pancreatitis',
  // treatments and tests
  'antibiotic', 'antiviral', 'vaccine', 'insulin', 'statin', 'anticoagulant', 'steroid', 'biologic', 'inhibitor', 'antibody',
  'chemotherapy', 'radiotherapy', 'immunotherapy', 'transplant', 'dialysis', 'ventilation', 'catheter', 'stent', 'implant', 'prosthesis',
  'ultrasound', 'tomography', 'resonance', 'biopsy', 'endoscopy', 'colonoscopy', 'echocardiogram', 'electrocardiogram', 'spirometry', 'serology',
  // qualifiers
  'randomised', 'controlled', 'observational', 'retrospective', 'prospective', 'multicentre', 'placebo', 'cohort', 'registry', 'meta-analysis',
  'paediatric', 'geriatric', 'maternal', 'neonatal', 'adolescent', 'elderly', 'rural', 'urban', 'primary', 'tertiary',
  'early', 'late', 'severe', 'mild', 'moderate', 'refractory', 'recurrent', 'persistent', 'transient', 'progressive',
  // rarer terms
  'calcinosis', 'amyloidosis', 'sarcoidosis', 'vasculitis', 'myositis', 'porphyria', 'haemochromatosis', 'acromegaly', 'pheochromocytoma', 'hyperparathyroidism',
  'bronchiectasis', 'pneumothorax', 'empyema', 'mesothelioma', 'cholangitis', 'diverticulitis', 'appendicitis', 'intussusception', 'volvulus', 'achalasia',
  'keratoconus', 'uveitis', 'glaucoma', 'retinopathy', 'otosclerosis', 'cholesteatoma', 'labyrinthitis', 'trigeminal', 'neuralgia', 'myasthenia',
  'dermatomyositis', 'pemphigus', 'pemphigoid', 'hidradenitis', 'rosacea', 'vitiligo', 'alopecia', 'onychomycosis', 'scabies', 'impetigo',
  'thalassaemia', 'haemophilia', 'thrombocytopenia', 'neutropenia', 'polycythaemia', 'myelofibrosis', 'mastocytosis', 'histiocytosis', 'hemangioma', 'lipoma',
  'zoonosis', 'leptospirosis', 'brucellosis', 'toxoplasmosis', 'cryptococcosis', 'aspergillosis', 'histoplasmosis', 'schistosomiasis', 'leishmaniasis', 'trypanosomiasis',
];

const SENTENCE_COUNT = 2_000;
const RARE_PREFIXES = ['zor', 'bel', 'tra', 'vex', 'lum', 'qui', 'dar', 'nol', 'pex', 'ral', 'sev', 'tam', 'mib', 'cor', 'fen', 'glo', 'hal', 'ket', 'oxa', 'pra'];
const RARE_MIDDLES = ['a', 'e', 'i', 'o', 'u', 'ava', 'eli', 'ora', 'uni', 'ito', 'ase', 'ema', 'ibu', 'olo', 'ura', 'exi', 'ani', 'ope', 'iza', 'ume'];
const RARE_SUFFIXES = ['mab', 'nib', 'stat', 'vir', 'pril', 'sartan', 'olol', 'azole', 'cycline', 'parin'];

/** The slug prefix of every synthetic post: how the loader recognises its own rows. */
export const SYNTHETIC_SLUG_PREFIX = 'bench-post-';

export type SyntheticText = {
  /** Sentences of skewed clinical words. */
  sentences: string[];
  /** Made-up drug names (4,000), each used by a few dozen posts at 100,000. */
  rareTerms: string[];
};

/** The text every load uses: the same on every run. */
export function buildSyntheticText(): SyntheticText {
  const random = createRandom(42);
  // r^2.5 crowds the draws toward the start of the vocabulary, where the common words are.
  const word = () => VOCABULARY[Math.floor(VOCABULARY.length * random() ** 2.5)]!;
  const sentences = Array.from({ length: SENTENCE_COUNT }, (_, i) => {
    const words = Array.from({ length: 9 + (i % 11) }, word).join(' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  });
  const rareTerms = RARE_PREFIXES.flatMap((p) => RARE_MIDDLES.flatMap((m) => RARE_SUFFIXES.map((s) => `${p}${m}${s}`)));
  return { sentences, rareTerms };
}

/** How many synthetic posts the database holds. */
export async function countSyntheticPosts(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<Array<{ n: number }>>`
    select count(*)::int as n from posts where slug like ${`${SYNTHETIC_SLUG_PREFIX}%`}`;
  return row?.n ?? 0;
}

/**
 * Replaces the database's synthetic posts with `count` new ones (kinds, specialties and
 * access levels in rotation; one in ten members-only; one every seven minutes back in
 * time), then VACUUM ANALYZE, so searches meet a settled table.
 *
 * The sentences and rare terms go into two helper tables; each post picks its sentences,
 * title words and rare terms by hashing its number (hashint4), one indexed lookup per pick.
 * Computing the generated search columns is the real cost, so the rows go in as two halves
 * on two connections, and the full-text indexes are built once at the end instead of row by row.
 */
export async function loadSyntheticPosts(sql: postgres.Sql, count: number): Promise<void> {
  const text = buildSyntheticText();
  await sql`delete from posts where slug like ${`${SYNTHETIC_SLUG_PREFIX}%`}`;
  // Rebuilt below exactly as the migrations made them (or, after a load cut short, as the
  // schema in lib/db/schema/content.ts defines them).
  const searchIndexes = new Map([
    ['posts_search_idx', 'create index posts_search_idx on posts using gin (search_vector)'],
    ['posts_search_pairs_idx', 'create index posts_search_pairs_idx on posts using gin (search_pairs)'],
    ['posts_search_title_idx', 'create index posts_search_title_idx on posts using gin (search_title)'],
  ]);
  for (const row of await sql<Array<{ indexname: string; indexdef: string }>>`
    select indexname, indexdef from pg_indexes where schemaname = current_schema() and indexname in ${sql([...searchIndexes.keys()])}`) {
    searchIndexes.set(row.indexname, row.indexdef);
  }
  for (const name of searchIndexes.keys()) await sql`drop index if exists ${sql(name)}`;
  await sql`drop table if exists bench_sentences, bench_rare_terms`;
  await sql`
    create unlogged table bench_sentences as
    select (n - 1)::int as id, sentence from unnest(${sql.array(text.sentences)}::text[]) with ordinality as t(sentence, n)`;
  await sql`
    create unlogged table bench_rare_terms as
    select (n - 1)::int as id, term from unnest(${sql.array(text.rareTerms)}::text[]) with ordinality as t(term, n)`;
  await sql`alter table bench_sentences add primary key (id)`;
  await sql`alter table bench_rare_terms add primary key (id)`;
  await sql`analyze bench_sentences`;
  await sql`analyze bench_rare_terms`;

  const half = Math.ceil(count / 2);
  await Promise.all([insertPosts(sql, 1, half, text), insertPosts(sql, half + 1, count, text)]);

  await sql.begin(async (tx) => {
    await tx`set local maintenance_work_mem = '256MB'`;
    for (const create of searchIndexes.values()) await tx.unsafe(create);
  });
  await sql`drop table bench_sentences, bench_rare_terms`;
  // VACUUM as well: a table just written has no visibility map yet, and the first reads would
  // pay for it (and race autovacuum) during the timed searches.
  await sql`vacuum analyze posts`;
}

async function insertPosts(sql: postgres.Sql, from: number, to: number, text: SyntheticText): Promise<void> {
  if (to < from) return;
  const sentences = text.sentences.length;
  const rare = text.rareTerms.length;
  await sql.begin(async (tx) => {
    await tx`set local jit = off`;
    await tx`set local synchronous_commit = off`;
    // mod(hashint4(x) + 2^31, n): a stable pseudo-random pick in [0, n) for each post and slot.
    await tx`
      with specialty_ids as materialized (select coalesce(array_agg(id order by id), '{}') as ids from specialties)
      insert into posts (kind, slug, title, summary, body, status, access, published_at, specialty_id, byline)
      select
        (array['condition', 'news', 'article'])[1 + i % 3],
        ${SYNTHETIC_SLUG_PREFIX} || i,
        left(
          (select initcap(split_part(sentence, ' ', 1) || ' ' || split_part(sentence, ' ', 2) || ' ' || split_part(sentence, ' ', 3)
                          || ' ' || split_part(sentence, ' ', 4))
             from bench_sentences where id = mod(hashint4(i * 16)::bigint + 2147483648, ${sentences}))
          || (select ' ' || initcap(term) from bench_rare_terms where id = mod(hashint4(i * 16 + 1)::bigint + 2147483648, ${rare})),
          200),
        left((select string_agg(sentence, '. ' order by k) from generate_series(1, 2) as k
          join bench_sentences on bench_sentences.id = mod(hashint4(i * 16 + 2 + k)::bigint + 2147483648, ${sentences})), 590) || '.',
        (select string_agg(sentence, '. ' order by k) from generate_series(1, 8 + i % 5) as k
          join bench_sentences on bench_sentences.id = mod(hashint4(i * 16 + 4 + k)::bigint + 2147483648, ${sentences}))
        || '. Treated with '
        || (select string_agg(term, ' and ' order by k) from generate_series(1, 2) as k
          join bench_rare_terms on bench_rare_terms.id = mod(hashint4(i * 16 + 13 + k)::bigint + 2147483648, ${rare}))
        || '.',
        'published',
        case when i % 10 = 0 then 'members' else 'public' end,
        now() - make_interval(mins => 7 * i),
        case when cardinality(ids) = 0 then null else ids[1 + i % cardinality(ids)] end,
        'Benchmark Desk'
      from generate_series(${from}::int, ${to}::int) as i, specialty_ids`;
  });
}
