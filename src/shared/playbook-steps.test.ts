import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOKS } from './playbook-defaults';
import { issuesToFieldErrors, type IssueLike } from './zod-issues';
import { nextStepKey, playbookStepsSchema, replaceStepsSchema, stepGraphProblems, withStepKeys, type PlaybookStepInput } from './playbook-steps';

const step = (key: string, dependsOn: string[] = [], extra: Partial<PlaybookStepInput> = {}): PlaybookStepInput => ({
  key, phase: 'before', group: '会务组', title: `步骤 ${key}`, description: '', ownerRole: 'organiser', anchor: 'start', offsetDays: -3, dueTime: '17:00', evidence: null, dependsOn, durationDays: 1, ...extra,
});

/** The field errors the API would give for a body `{ version, steps }`. */
function errorsOf(steps: unknown[]) {
  const body = { version: 1, steps };
  const r = replaceStepsSchema.safeParse(body);
  return r.success ? [] : issuesToFieldErrors(r.error.issues as unknown as IssueLike[], body, 'en').map((e) => `${e.field} ${e.reason}`);
}

describe('stepGraphProblems', () => {
  it('accepts every shipped playbook', () => {
    for (const p of DEFAULT_PLAYBOOKS) expect(stepGraphProblems(p.steps)).toEqual([]);
  });

  it('names the step of a duplicate key, an unknown dependency and each step on a cycle', () => {
    expect(stepGraphProblems([step('a'), step('a')])).toEqual([{ index: 1, field: 'key', reason: 'duplicate' }]);
    expect(stepGraphProblems([step('a', ['zz'])])).toEqual([{ index: 0, field: 'dependsOn', reason: 'unknown_step' }]);
    expect(stepGraphProblems([step('a', ['a'])])).toEqual([{ index: 0, field: 'dependsOn', reason: 'dependency_cycle' }]);
    expect(stepGraphProblems([step('a', ['c']), step('b', ['a']), step('c', ['b']), step('d', ['c'])]).map((p) => p.index)).toEqual([0, 1, 2]);
    expect(stepGraphProblems([step('a'), step('b', ['a', 'a'])])).toEqual([{ index: 1, field: 'dependsOn', reason: 'duplicate' }]);
  });

  it('tolerates half-typed input', () => {
    expect(stepGraphProblems([{ key: 3, dependsOn: 'x' }, {}, { key: 'a', dependsOn: [1, 'a'] }])).toEqual([{ index: 2, field: 'dependsOn', reason: 'dependency_cycle' }]);
  });

  it('property: any acyclic list passes; adding one back edge is caught on both its ends', () => {
    const dag = fc.integer({ min: 2, max: 40 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        // Each step may depend only on earlier steps: acyclic by construction.
        fc.array(fc.array(fc.nat(), { maxLength: 5 }), { minLength: n, maxLength: n }),
        fc.integer({ min: 1, max: n - 1 }),
        fc.nat(),
      ),
    );
    fc.assert(
      fc.property(dag, ([n, raw, j, pick]) => {
        const keys = Array.from({ length: n }, (_, i) => `k${i}`);
        const deps = raw.map((ds, i) => (i === 0 ? [] : [...new Set(ds.map((d) => d % i))]));
        const i = pick % j;
        if (!deps[j].includes(i)) deps[j].push(i); // j → i exists
        const steps = keys.map((k, x) => step(k, deps[x].map((d) => keys[d])));
        expect(stepGraphProblems(steps)).toEqual([]);
        expect(playbookStepsSchema.safeParse(steps).success).toBe(true);
        // i now also depends on j: a cycle through both.
        const cyclic = steps.map((s, x) => (x === i ? { ...s, dependsOn: [...(s.dependsOn ?? []), keys[j]] } : s));
        const onCycle = stepGraphProblems(cyclic).filter((p) => p.reason === 'dependency_cycle').map((p) => p.index);
        expect(onCycle).toContain(i);
        expect(onCycle).toContain(j);
      }),
      { numRuns: 200 },
    );
  });
});

describe('replaceStepsSchema', () => {
  it('names the field path and reason of each problem', () => {
    expect(errorsOf([step('a'), step('b', [], { dueTime: '7:00' }), step('a'), step('c', ['b', 'c'])])).toEqual([
      'steps.1.dueTime clock_time', 'steps.2.key duplicate', 'steps.3.dependsOn dependency_cycle',
    ]);
    expect(errorsOf([step('a', [], { offsetDays: -401, durationDays: 0, title: ' ', group: 'x'.repeat(31) })])).toEqual([
      'steps.0.group too_long', 'steps.0.title required', 'steps.0.offsetDays too_small', 'steps.0.durationDays too_small',
    ]);
    expect(errorsOf([step('a', ['nope'], { phase: 'later' as 'before', evidence: 'x' as unknown as null, ownerRole: 'member' as 'staff', anchor: 'x' as 'start' })])).toEqual([
      'steps.0.phase invalid_option', 'steps.0.ownerRole invalid_option', 'steps.0.anchor invalid_option', 'steps.0.evidence invalid_option', 'steps.0.dependsOn unknown_step',
    ]);
    expect(errorsOf([step('Bad key')])).toEqual(['steps.0.key step_key']);
    expect(errorsOf([step('a', [], { offsetDays: 400, durationDays: 366 })])).toEqual(['steps.0.durationDays too_big']);
  });

  it('accepts steps without keys and fills in defaults', () => {
    const r = replaceStepsSchema.parse({ version: 1, steps: [{ phase: 'after', group: '财务组', title: '报销', ownerRole: 'finance', anchor: 'end', offsetDays: 7, dueTime: '17:00' }] });
    expect(r.steps[0]).toMatchObject({ description: '', evidence: null, dependsOn: [], durationDays: 1 });
  });
});

describe('step keys', () => {
  it('gives new steps the first free step_N, keeping the keys already there', () => {
    expect(nextStepKey([])).toBe('step_1');
    expect(nextStepKey(['step_1', 'step_3'])).toBe('step_2');
    expect(withStepKeys([{ key: 'step_2' }, {}, { key: 'venue' }, {}]).map((s) => s.key)).toEqual(['step_2', 'step_1', 'venue', 'step_3']);
  });
});
