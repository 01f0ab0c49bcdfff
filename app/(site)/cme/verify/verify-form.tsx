/*
 * A plain GET form (no script needed): /cme/verify?code=… answers with the result's address,
 * the code put in its printed shape, or this form again with the error beside the field and
 * the typed code kept.
 */
export function VerifyForm({ value = '', error }: { value?: string; error?: string }) {
  return (
    <form method="get" action="/cme/verify" className="mt-6 max-w-md" noValidate>
      <label htmlFor="verify-code" className="block font-semibold text-slate-900">
        Certificate code
      </label>
      <p id="verify-code-hint" className="mt-1 text-sm text-slate-700">
        As printed on the certificate, for example <span className="whitespace-nowrap">HDC-7KQ2-M9XD-4TNA</span>. Case and dashes do not matter.
      </p>
      <input
        id="verify-code"
        name="code"
        type="text"
        defaultValue={value}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={64}
        // The page comes back with an error only after a check: put the reader on the field.
        autoFocus={error ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'verify-code-error verify-code-hint' : 'verify-code-hint'}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 font-mono text-base text-slate-900 uppercase focus:border-brand-700 focus:outline-2 focus:outline-offset-1 focus:outline-brand-700 ${error ? 'border-red-700' : 'border-slate-400'}`}
      />
      {error ? (
        <p id="verify-code-error" className="mt-1 font-medium text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      <button type="submit" className="mt-4 inline-flex rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
        Check the certificate
      </button>
    </form>
  );
}
