import { expect, type Page } from '@playwright/test';
import { seedRows, storedRows } from '../fixtures';

/** The Check-in screen, its history and its tag editor, as a client uses them. */
export class CheckInPage {
  constructor(readonly page: Page) {}

  mood(name: string) {
    return this.page
      .getByRole('radiogroup', { name: 'Mood' })
      .getByRole('radio', { name, exact: true });
  }

  craving() {
    return this.page.getByRole('slider', { name: 'Craving' });
  }

  note() {
    return this.page.getByRole('textbox', { name: 'Note' });
  }

  save() {
    return this.page.getByRole('button', { name: 'Save check-in' });
  }

  async open() {
    await this.page.goto('/check-in');
    await expect(this.save()).toBeVisible();
  }

  /** Sets the craving slider with the keyboard, as a screen-reader user would. */
  async setCraving(value: number) {
    const slider = this.craving();
    await slider.focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < value; i += 1) await this.page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue(String(value));
  }

  /** A check-in made as a client makes one: the screen opened, a mood, a note, saved. */
  async saveOne(mood: string, note?: string) {
    await this.open();
    await this.mood(mood).check();
    if (note) await this.note().fill(note);
    await this.save().click();
    await expect(this.page.getByText('Saved. Thank you for checking in.')).toBeVisible();
  }

  /**
   * History reached within the app, as a client taps there: a new load would ask for the lock's
   * PIN again (the key lives only in memory).
   */
  async openHistoryInApp() {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Check-in' })
      .click();
    await this.page.getByRole('link', { name: 'History' }).click();
  }

  async openHistory() {
    await this.page.goto('/check-in/history');
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Check-in history' }),
    ).toBeVisible();
  }

  /** Writes `count` simple check-ins straight into IndexedDB (the app must have opened it). */
  async seed(count: number) {
    await seedRows(
      this.page,
      'checkIns',
      Array.from({ length: count }, (_, i) => {
        const at = Date.UTC(2026, 0, 1) + i * 6 * 3_600_000;
        return {
          id: `seed-${i}`,
          at,
          date: new Date(at - 8 * 3_600_000).toISOString().slice(0, 10),
          mood: 3,
          craving: 2,
          triggerIds: [],
          copingIds: [],
          note: `Entry ${i}`,
          createdAt: at,
          updatedAt: at,
        };
      }),
      ['id', 'at', 'date'],
    );
  }

  /** Reads every stored check-in straight from IndexedDB (no app code involved). */
  storedCheckIns() {
    return storedRows(this.page, 'checkIns');
  }
}
