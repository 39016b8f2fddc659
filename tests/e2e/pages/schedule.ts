import { expect, type Page } from '@playwright/test';

export interface NewSession {
  title: string;
  days?: string[];
  date?: string;
  start: string;
  end: string;
  endsNextDay?: boolean;
  place?: string;
  address?: string;
}

/** The Schedule screen, its session form and its calendar import. */
export class SchedulePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/schedule');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  }

  async setUpProgram(startDate: string, hours = '12') {
    await this.page.goto('/settings');
    await this.page.getByLabel('Program start date').fill(startDate);
    await this.page.getByLabel('Weekly hours target').fill(hours);
    await this.page.getByRole('button', { name: 'Save program' }).click();
    await expect(this.page.getByText('Program saved.')).toBeVisible();
  }

  /** Picks the center's group on the Schedule screen and adds its sessions. */
  async addGroup(name: string) {
    const groups = this.page.getByRole('group', { name: 'Which group are you in?' });
    await groups.getByRole('checkbox', { name, exact: true }).check();
    await this.page.getByRole('button', { name: 'Add to my schedule' }).click();
    await expect(this.page.getByText('sessions added to your schedule.')).toBeVisible();
  }

  async addSession(session: NewSession) {
    await this.open();
    await this.page.getByRole('button', { name: 'Add session' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Add session' })).toBeVisible();
    await this.fill(session);
    await this.page.getByRole('button', { name: 'Save session' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  }

  async fill(session: NewSession) {
    const form = this.page;
    await form.getByLabel('Title').fill(session.title);
    if (session.days) {
      for (const day of [
        'Sunday',
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
      ]) {
        await form.getByRole('checkbox', { name: day }).setChecked(session.days.includes(day));
      }
    } else {
      await form.getByRole('radio', { name: 'One time' }).check();
    }
    if (session.date)
      await form
        .getByLabel(session.days ? 'Starts on' : 'Date', { exact: true })
        .fill(session.date);
    await form.getByLabel('Start time').fill(session.start);
    await form.getByLabel('End time').fill(session.end);
    await form.getByLabel('Ends after midnight (the next day)').setChecked(!!session.endsNextDay);
    if (session.place) await form.getByLabel('Place').fill(session.place);
    if (session.address) await form.getByLabel('Address').fill(session.address);
  }

  attendanceGroup(name: RegExp | string) {
    return this.page.getByRole('group', { name });
  }
}
