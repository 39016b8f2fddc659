import { expect, type Page } from '@playwright/test';
import { BAM_QUESTIONS, bamIndex } from '../../../src/lib/domain/measures/bam';

/** The weekly BAM, as a client answers it: each item a radio group named by the VA's question. */
export class BamPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/measures/bam');
    await expect(this.page.getByRole('heading', { level: 1, name: 'BAM' })).toBeVisible();
  }

  item(label: string) {
    const text = BAM_QUESTIONS[bamIndex(label)]!.text;
    // Accessible names collapse the VA's doubled spaces.
    return this.page.getByRole('radiogroup', {
      name: text.replace(/\s+/g, ' ').trim(),
      exact: true,
    });
  }

  async answer(label: string, option: string) {
    await this.item(label).getByRole('radio', { name: option, exact: true }).check();
  }

  submit() {
    return this.page.getByRole('button', { name: 'See my results' });
  }

  /** A group of the result ("Use", "Risk factors", "Protective factors"). */
  group(name: string) {
    return this.page.getByRole('region', { name, exact: true });
  }
}
