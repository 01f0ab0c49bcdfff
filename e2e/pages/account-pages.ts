import { expect, type Locator, type Page } from '@playwright/test';

/** /register: the sign-up form and its "check your inbox" answer. */
export class RegisterPage {
  constructor(readonly page: Page) {}

  async open() {
    return this.page.goto('/register');
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  async fill(values: {
    name: string;
    email: string;
    password: string;
    profession: string;
    specialty?: string;
    registrationNumber?: string;
    registrationCouncil?: string;
    country: string;
  }) {
    await this.field('Full name').fill(values.name);
    await this.field('Email address').fill(values.email);
    await this.field('Password').fill(values.password);
    await this.field('Profession').selectOption({ label: values.profession });
    if (values.specialty) await this.field(/^Specialty/).selectOption({ label: values.specialty });
    await this.field(/^Registration number/).fill(values.registrationNumber ?? '');
    await this.field(/^Registering council/).fill(values.registrationCouncil ?? '');
    await this.field('Country').selectOption({ label: values.country });
  }

  acceptTerms(): Locator {
    return this.page.getByRole('checkbox', { name: /accept the Terms and the Privacy Policy/ });
  }

  async submit() {
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }

  /** A field's message, read through its aria-describedby, as a screen reader would. */
  async expectError(field: Locator, message: RegExp) {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(message);
  }

  checkInbox(): Locator {
    return this.page.getByRole('heading', { name: 'Check your inbox' });
  }
}

/** /forgot-password and /reset-password/[token]. */
export class PasswordResetPages {
  constructor(readonly page: Page) {}

  async requestLink(email: string) {
    await this.page.goto('/forgot-password');
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByRole('button', { name: 'Send me a link' }).click();
    await expect(this.page.getByRole('heading', { name: 'Check your inbox' })).toBeVisible();
  }

  async setNewPassword(password: string) {
    await this.page.getByLabel('New password').fill(password);
    await this.page.getByRole('button', { name: 'Set new password' }).click();
  }
}

/** /account: the profile form. */
export class ProfilePage {
  constructor(readonly page: Page) {}

  async open() {
    return this.page.goto('/account');
  }

  field(label: string | RegExp): Locator {
    return this.page.getByRole('main').getByLabel(label, { exact: typeof label === 'string' });
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save profile' }).click();
  }

  /** The form's own message: an alert after an error, a status after a save. */
  message(): Locator {
    return this.page.getByRole('main').locator('form [role="alert"], form [role="status"]').first();
  }
}

/** /account/bookmarks. */
export class BookmarksPage {
  constructor(readonly page: Page) {}

  async open() {
    return this.page.goto('/account/bookmarks');
  }

  items(): Locator {
    return this.page.getByRole('region', { name: 'Your bookmarks' }).getByRole('listitem');
  }
}

/** /account/data and its JSON download. */
export class DataPage {
  constructor(readonly page: Page) {}

  async open() {
    return this.page.goto('/account/data');
  }

  /** Clicks the download link and returns the saved file, parsed. */
  async download(): Promise<{ fileName: string; data: unknown }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('link', { name: 'Download your data (JSON)' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), data: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown };
  }
}

/** /account/deactivate: deactivate (grace period) or delete now, each with the password. */
export class DeactivatePage {
  constructor(readonly page: Page) {}

  async open() {
    return this.page.goto('/account/deactivate');
  }

  private form(heading: 'Deactivate' | 'Or delete my account now'): Locator {
    return this.page.getByRole('form', { name: heading });
  }

  async deactivate(password: string, reason = '') {
    const form = this.form('Deactivate');
    if (reason) await form.getByLabel(/Why are you leaving/).fill(reason);
    await form.getByLabel('Your password').fill(password);
    await form.getByRole('button', { name: /^Deactivate my account/ }).click();
  }

  async deleteNow(password: string) {
    const form = this.form('Or delete my account now');
    await form.getByRole('checkbox', { name: /deleted now and cannot be restored/ }).check();
    await form.getByLabel('Your password').fill(password);
    await form.getByRole('button', { name: 'Delete my account now' }).click();
  }
}

/** The two-factor section of /account/security. */
export class TwoFactorSection {
  constructor(readonly page: Page) {}

  region(): Locator {
    return this.page.getByRole('region', { name: 'Two-factor sign-in' });
  }

  async startSetup() {
    await this.region().getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  }

  /** The key shown for typing by hand, without the spaces that group it. */
  async secret(): Promise<string> {
    const shown = this.region().locator('code');
    await expect(shown).toBeVisible();
    return (await shown.innerText()).replace(/\s+/g, '');
  }

  async enable(code: string, password: string) {
    await this.region().getByLabel('Code from the app').fill(code);
    await this.region().getByLabel('Current password').fill(password);
    await this.region().getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  }

  recoveryCodes(): Locator {
    return this.region().getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  }
}
