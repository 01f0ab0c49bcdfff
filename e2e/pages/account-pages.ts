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
