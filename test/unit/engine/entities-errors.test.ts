// A stage that throws is reported (onError and an engine-error problem) and the analysis goes on.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine';
import { StageErrors } from '../../../src/engine/stageErrors';
import type { EngineError } from '../../../src/engine/types';

describe('stage errors', () => {
  const cases: { name: string; step: () => number; expected: number; message?: RegExp }[] = [
    { name: 'a stage that succeeds', step: () => 7, expected: 7 },
    {
      name: 'an Error',
      step: () => {
        throw new Error('index out of range');
      },
      expected: -1,
      message: /index out of range/,
    },
    {
      name: 'a thrown string',
      step: () => {
        throw 'bad state';
      },
      expected: -1,
      message: /bad state/,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const seen: EngineError[] = [];
      const stages = new StageErrors((e) => seen.push(e));
      assert.equal(stages.run('entities', -1, c.step), c.expected);
      if (!c.message) {
        assert.equal(seen.length, 0);
        assert.equal(stages.problems.length, 0);
        return;
      }
      assert.equal(seen.length, 1);
      assert.equal(seen[0]!.stage, 'entities');
      assert.match(seen[0]!.message, c.message);
      assert.equal(stages.problems.length, 1);
      assert.equal(stages.problems[0]!.code, 'engine-error');
      assert.match(stages.problems[0]!.message, /finding entities/);
    });
  }

  it('without a callback the error still becomes a problem', () => {
    const stages = new StageErrors(undefined);
    assert.deepEqual(
      stages.run('dates', [], () => {
        throw new RangeError('Invalid time value');
      }),
      [],
    );
    assert.equal(stages.problems[0]!.code, 'engine-error');
  });

  it('a normal analysis reports no engine errors', () => {
    const seen: EngineError[] = [];
    const a = analyze('date 2024-05-01\nMaria Lopez said on Monday that the bridge in Lyon will reopen.', {
      expectHeader: true,
      onError: (e) => seen.push(e),
    });
    assert.deepEqual(seen, []);
    assert.ok(!a.problems.some((p) => p.code === 'engine-error'));
    assert.ok(a.entities.length > 0 && a.dates.length > 0);
  });
});
