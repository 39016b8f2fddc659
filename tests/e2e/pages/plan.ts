import { expect, type Page } from '@playwright/test';
import { seedRows } from '../fixtures';
import { emptyPlan } from '../../../src/lib/domain/plan/plan';

/** My plan, as a client reads it and edits it one part at a time. */
export class PlanPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/plan');
    await expect(this.page.getByRole('heading', { level: 1, name: 'My plan' })).toBeVisible();
    await expect(this.page.getByRole('button', { name: 'Edit' }).first()).toBeEnabled();
  }

  /** A part of the plan: a region named by its heading ("My warning signs"...). */
  region(title: string) {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Opens a part in the editor with its "Edit" button. */
  async edit(title: string) {
    await this.region(title).getByRole('button', { name: 'Edit' }).click();
    await expect(this.save()).toBeVisible();
  }

  /** The open part's Save (Retry after a failure). */
  save() {
    return this.page.getByRole('button', { name: /^(Save|Retry)$/ });
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

  /** Adds a person by keyboard (in the open people part): the new Name field gets focus. */
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

  /** Opens a text part, writes it whole and saves it. */
  async write(title: string, text: string) {
    await this.edit(title);
    await this.region(title).getByRole('textbox').fill(text);
    await this.saveAndConfirm();
  }

  /** Opens "People I can call", adds one person and saves. */
  async savePerson(name: string, phone: string, relationship = '') {
    await this.edit('People I can call');
    await this.addPerson(name, phone, relationship);
    await this.saveAndConfirm();
  }
}

/** A plan as stored, written straight into IndexedDB (the app must have opened it). */
export async function seedPlan(
  page: Page,
  plan: Partial<Record<string, unknown>>,
  version = { id: 'plan:2026-11-01', date: '2026-11-01', savedAt: Date.now() - 86_400_000 },
) {
  const whole = { ...emptyPlan(), ...plan };
  await seedRows(page, 'plans', [{ ...version, plan: whole }], ['id', 'savedAt']);
}
