import type { Viewer } from '@/lib/auth/session';
import { listSessions, sessionHandle } from '@/lib/auth/sessions';
import { EndOtherSessionsForm, EndSessionForm } from './session-forms';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function Time({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{when.format(date)} UTC</time>;
}

/**
 * /account/security's "Where you are signed in": each device's session with what we know of
 * it, this one marked; any other can be signed out, or all of them at once.
 */
export async function SessionList({ viewer }: { viewer: Viewer }) {
  const devices = await listSessions(viewer.id);
  const others = devices.filter((d) => d.id !== viewer.sessionId);
  return (
    <section aria-labelledby="sessions-heading" className="mt-8">
      <h2 id="sessions-heading" className="text-2xl font-bold text-slate-900">
        Where you are signed in
      </h2>
      <p className="mt-2 text-slate-700">If you do not recognise a device, sign it out and change your password.</p>
      <ul className="mt-4 divide-y divide-slate-200 rounded-lg border border-slate-200">
        {devices.map((device) => {
          const name = device.userAgent ?? 'Unknown device';
          const isThisDevice = device.id === viewer.sessionId;
          return (
            <li key={sessionHandle(device.id)} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between">
              <div>
                <p className="font-semibold text-slate-900">
                  {name}
                  {isThisDevice ? (
                    <span className="ml-2 rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-900">This device</span>
                  ) : null}
                </p>
                <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-slate-700">
                  <dt>Address</dt>
                  <dd>{device.ip ?? 'unknown'}</dd>
                  <dt>Signed in</dt>
                  <dd>
                    <Time date={device.createdAt} />
                  </dd>
                  <dt>Last seen</dt>
                  <dd>
                    <Time date={device.lastSeenAt} />
                  </dd>
                </dl>
              </div>
              {isThisDevice ? null : <EndSessionForm sessionId={sessionHandle(device.id)} device={`${name}, ${device.ip ?? 'unknown address'}`} />}
            </li>
          );
        })}
      </ul>
      <EndOtherSessionsForm hasOthers={others.length > 0} />
    </section>
  );
}
