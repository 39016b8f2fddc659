import { expect, type Page } from '@playwright/test';

/** My plan, as a client fills it in. */
export class PlanPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/plan');
    await expect(this.page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
    await expect(this.save()).toBeEnabled();
  }

  save() {
    return this.page.getByRole('button', { name: /^(Save plan|Retry)$/ });
  }

  part(name: string | RegExp) {
    return this.page.getByRole('textbox', { name });
  }

  /** The group of the person being added last. */
  lastPerson() {
    return this.page
      .getByRole('group')
      .filter({ has: this.page.getByLabel('Phone') })
      .last();
  }

  /** Adds a person by keyboard: the new group's Name field gets focus. */
  async addPerson(name: string, phone: string, relationship = '') {
    await this.page.getByRole('button', { name: 'Add person' }).focus();
    await this.page.keyboard.press('Enter');
    const person = this.lastPerson();
    await expect(person.getByRole('textbox', { name: 'Name' })).toBeFocused();
    await this.page.keyboard.type(name);
    if (relationship)
      await person.getByRole('textbox', { name: 'Relationship' }).fill(relationship);
    await person.getByRole('textbox', { name: 'Phone' }).fill(phone);
  }

  async saveAndConfirm() {
    await this.save().click();
    await expect(this.page.getByText('Your plan is saved.')).toBeVisible();
  }
}
