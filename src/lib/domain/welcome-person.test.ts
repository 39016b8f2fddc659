import { describe, expect, it } from 'vitest';
import { emptyPlan } from './plan/plan';
import { personProblems, withPersonToCall } from './welcome-person';

describe('one person to call', () => {
  const person = { id: 'p1', name: ' Ana ', relationship: 'sister', phone: '(503) 555-0100' };

  it('needs a name and a number a phone can dial', () => {
    expect(personProblems(person)).toEqual({});
    expect(personProblems({ name: '', phone: '' })).toEqual({ name: 'name', phone: 'phone' });
    expect(personProblems({ name: 'Ana', phone: 'call me' })).toEqual({ phone: 'phone' });
    expect(personProblems({ name: 'A'.repeat(81), phone: '1'.repeat(31) })).toEqual({
      name: 'nameTooLong',
      phone: 'phoneTooLong',
    });
  });

  it('joins My plan’s people, the rest of the plan unchanged, and never twice', () => {
    const plan = {
      ...emptyPlan(),
      reasons: 'My kids',
      people: [{ ...person, id: 'p0', name: 'Sam' }],
    };
    const once = withPersonToCall(plan, person);
    expect(once.reasons).toBe('My kids');
    expect(once.people.map((p) => p.name)).toEqual(['Sam', 'Ana']);
    const again = withPersonToCall(once, { ...person, phone: '503 555 0199' });
    expect(again.people.map((p) => [p.name, p.phone])).toEqual([
      ['Sam', '(503) 555-0100'],
      ['Ana', '503 555 0199'],
    ]);
    // Resumed after a reload (a new id), the same name and number: still once.
    const resumed = withPersonToCall(again, { ...person, id: 'p9', phone: '503-555-0199' });
    expect(resumed.people.map((p) => [p.id, p.phone])).toEqual([
      ['p0', '(503) 555-0100'],
      ['p1', '503-555-0199'],
    ]);
  });
});
