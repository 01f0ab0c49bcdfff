'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { fieldsKey, CheckboxField, FormMessage, SelectField, FormAnswer, SubmitButton, TextField, useFocusFirstError } from '@/app/_ui/forms/fields';
import { idleFormState } from '@/lib/form-state';
import { register } from './actions';
// Bundled with the form, not sent with every page: 249 names that never change per request.
import { COUNTRIES } from '@/lib/accounts/countries';

type Choice = readonly [value: string, label: string];
type DocumentLink = { kind: 'terms' | 'privacy'; entity: 'llp' | 'inc'; version: number; title: string; href: string };

export function RegisterForm({
  professions,
  specialties,
  documents,
  entityNames,
}: {
  professions: ReadonlyArray<Choice>;
  specialties: ReadonlyArray<Choice>;
  documents: Record<'llp' | 'inc', DocumentLink[]>;
  entityNames: Record<'llp' | 'inc', string>;
}) {
  const [state, formAction] = useActionState(register, idleFormState);
  const form = useFocusFirstError(state);
  const [country, setCountry] = useState(state.values?.country ?? '');

  if (state.status === 'ok') return <CheckInbox email={state.values?.email ?? ''} />;

  // The documents that apply follow the country chosen: the LLP's for India, the Inc.'s elsewhere.
  const entity = country === 'IN' ? 'llp' : 'inc';
  return (
    <form ref={form} action={formAction} noValidate className="mt-8 space-y-6">
      <FormMessage state={state} />
      <div key={fieldsKey(state)} className="space-y-6">
        <TextField name="name" label="Full name" autoComplete="name" maxLength={120} state={state} />
        <TextField name="email" label="Email address" type="email" autoComplete="email" maxLength={254} state={state} hint="We send a link to confirm it." />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          state={state}
          hint="At least 10 characters. A phrase of several unrelated words is easy to remember and hard to guess."
        />
        <SelectField name="profession" label="Profession" placeholder="Choose your profession" options={professions} state={state} />
        <SelectField name="specialty" label="Specialty" placeholder="No specialty" options={specialties} required={false} state={state} />
        <fieldset className="space-y-4 rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold text-slate-900">Medical registration</legend>
          <p className="text-sm text-slate-700">Required for doctors; others may leave it empty.</p>
          <TextField name="registrationNumber" label="Registration number" maxLength={40} required={false} state={state} />
          <TextField
            name="registrationCouncil"
            label="Registering council"
            maxLength={120}
            required={false}
            state={state}
            hint="For example the National Medical Commission or a state medical council."
          />
        </fieldset>
        <SelectField name="country" label="Country" placeholder="Choose your country" options={COUNTRIES} onChange={setCountry} state={state} />
        <CheckboxField
          name="acceptTerms"
          state={state}
          hint={
            country ? (
              <p>
                Accounts {country === 'IN' ? 'in India' : 'outside India'} are with {entityNames[entity]}. Please read its{' '}
                <DocumentLinks documents={documents[entity]} />.
              </p>
            ) : (
              // Before a country is chosen (or without JavaScript): both sets, and which applies to whom.
              <p>
                In India, accounts are with {entityNames.llp}: read its <DocumentLinks documents={documents.llp} />. Everywhere
                else, accounts are with {entityNames.inc}: read its <DocumentLinks documents={documents.inc} />.
              </p>
            )
          }
          label="I have read and accept the Terms and the Privacy Policy that apply to me."
        />
      </div>
      <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
    </form>
  );
}

function DocumentLinks({ documents }: { documents: DocumentLink[] }) {
  return documents.map((doc, i) => (
    <span key={doc.href}>
      {i > 0 ? ' and its ' : null}
      <Link href={doc.href} target="_blank" rel="noopener">
        {doc.title} (version {doc.version}, opens in a new tab)
      </Link>
    </span>
  ));
}

function CheckInbox({ email }: { email: string }) {
  return (
    <FormAnswer id="check-inbox" title="Check your inbox">
      <p className="mt-3 text-slate-800">
        We have sent a message to <strong>{email}</strong>. Open the link in it to confirm your address; it works for 24
        hours.
      </p>
      <p className="mt-3 text-slate-800">
        If you already have an account with this address, the message tells you how to sign in instead. Nothing arrived
        within a few minutes? Check your spam folder.
      </p>
      <p className="mt-4">
        <Link href="/login">Go to sign in</Link>
      </p>
    </FormAnswer>
  );
}
