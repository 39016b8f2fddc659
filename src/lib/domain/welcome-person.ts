import { cleanPlan, dialable, PLAN_LIMITS, type Plan, type PlanPerson } from './plan/plan';

/**
 * The welcome's "one person to call", on its way into My plan's people. Apart from welcome.ts,
 * which Today's first load reads (the plan's rules come only with the welcome itself).
 */
export type PersonProblem = 'name' | 'phone' | 'nameTooLong' | 'phoneTooLong';

/** One person to call: a name, and a number a phone can dial (both needed for Get help now). */
export function personProblems(
  person: Pick<PlanPerson, 'name' | 'phone'>,
): Partial<Record<'name' | 'phone', PersonProblem>> {
  const problems: Partial<Record<'name' | 'phone', PersonProblem>> = {};
  const name = person.name.trim();
  const phone = person.phone.trim();
  if (!name) problems.name = 'name';
  else if (name.length > PLAN_LIMITS.name) problems.name = 'nameTooLong';
  if (phone.length > PLAN_LIMITS.phone) problems.phone = 'phoneTooLong';
  else if (!dialable(phone)) problems.phone = 'phone';
  return problems;
}

/**
 * My plan with the person added to its people to call; the rest of the plan as it was. The same
 * person entered again (a Back and Next at the welcome, or a welcome resumed after a reload with
 * the same name and number) replaces their first entry, never twice.
 */
export function withPersonToCall(plan: Plan, person: PlanPerson): Plan {
  const isSame = (p: PlanPerson) =>
    p.id === person.id ||
    (p.name.trim() === person.name.trim() && dialable(p.phone) === dialable(person.phone));
  const people = plan.people.some(isSame)
    ? plan.people.map((p) => (isSame(p) ? { ...person, id: p.id } : p))
    : [...plan.people, person];
  return cleanPlan({ ...plan, people });
}
