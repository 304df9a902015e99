// The check rules' literal pre-check (checks/transport/util.ts `has`) answers most absent
// needles from a trigram set of the text: it must agree with `includes` on every input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import engineMod from '../../dist/engine.js';

const { textHasAny } = engineMod;

/** A small deterministic generator (the same cases on every run). */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

test('agrees with includes on random texts and needles (ASCII, non-ASCII, short, long)', () => {
  const r = rng(7);
  const alphabet = 'abcdeTLS_.:=()"\' \n\té€😀\uFFFF';
  const pick = (n) => Array.from({ length: n }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
  let present = 0;
  for (let i = 0; i < 3000; i++) {
    const text = pick(Math.floor(r() * (i % 10 === 0 ? 40000 : 300)));
    const needles = [];
    for (let k = 0; k < 3; k++) {
      if (r() < 0.5 && text.length > 8) {
        const at = Math.floor(r() * (text.length - 8));
        needles.push(text.slice(at, at + 1 + Math.floor(r() * 8)));
      } else needles.push(pick(1 + Math.floor(r() * 6)));
    }
    const want = needles.some((n) => text.includes(n));
    if (want) present++;
    assert.equal(textHasAny(text, ...needles), want, `text ${JSON.stringify(text.slice(0, 60))}…, needles ${JSON.stringify(needles)}`);
    // Asked again (the trigram set of the last text is kept) and about another text in between.
    assert.equal(textHasAny(text, ...needles), want);
  }
  assert.ok(present > 500 && present < 2900, `both answers exercised (${present} present)`);
});

test('the empty text and the empty needle', () => {
  assert.equal(textHasAny('', 'a'), false);
  assert.equal(textHasAny('', ''), true);
  assert.equal(textHasAny('abc', ''), true);
  assert.equal(textHasAny('rejectUnauthorized: false', 'strictSSL', 'rejectUnauthorized'), true);
  assert.equal(textHasAny('rejectUnauthorized: false', 'strictSSL', 'rejectUnauthorised'), false);
});
