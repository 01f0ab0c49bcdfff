import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export const DEMO_DOCTOR = { email: 'doctor@demo.hidoc.local', password: 'Demo-Portal-2026', name: 'Dr. Asha Menon' } as const;

export class LoginPage {
  constructor(readonly page: Page) {}

  async open(query = '') {
    return this.page.goto(`/login${query}`);
  }

  email(): Locator {
    return this.page.getByLabel('Email');
  }

  password(): Locator {
    return this.page.getByLabel('Password', { exact: true });
  }

  error(): Locator {
    return this.page.locator('#login-error');
  }

  async submit(email: string, password: string) {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  /** Signs in and waits for the page it lands on. */
  async signIn(email: string, password: string, landsOn: RegExp = /\/$/) {
    await this.submit(email, password);
    await expect(this.page).toHaveURL(landsOn);
  }
}

export class SecurityPage {
  constructor(readonly page: Page) {}

  async open() {
    return this.page.goto('/account/security');
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Security' });
  }

  devices(): Locator {
    return this.page.getByRole('region', { name: 'Where you are signed in' }).getByRole('listitem');
  }

  thisDevice(): Locator {
    // Exactly the badge: the other rows' buttons say "Sign out of this device".
    return this.devices().filter({ has: this.page.getByText('This device', { exact: true }) });
  }

  device(text: string): Locator {
    return this.devices().filter({ hasText: text });
  }
}

/** The header's menu, from the user-menu client component. */
export function userMenuButton(page: Page, name: string = DEMO_DOCTOR.name): Locator {
  return page.getByRole('banner').getByRole('button', { name });
}

/** What a script does: the CSRF token, then the credentials form; returns the session cookie's value or null. */
export async function signInByScript(request: APIRequestContext, email: string, password: string, extra: Record<string, string> = {}) {
  const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const response = await request.post('/api/auth/callback/credentials', {
    form: { email, password, csrfToken, ...extra },
    maxRedirects: 0,
  });
  const cookies = (await request.storageState()).cookies;
  return { response, sessionCookie: cookies.find((c) => c.name === 'next-auth.session-token')?.value ?? null };
}
