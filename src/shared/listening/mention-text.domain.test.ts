import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareMentionText } from './mention-text.domain.ts';

test('Traditional text is detected as such even though it is matched in Simplified', () => {
  assert.deepEqual(prepareMentionText('  我們在蝦皮買的，客服很好  '), {
    base: '我們在蝦皮買的,客服很好',
    folded: '我们在虾皮买的,客服很好',
    language: 'zh-Hant',
  });
});

test('empty and emoji-only mentions', () => {
  assert.deepEqual(prepareMentionText(''), { base: '', folded: '', language: 'und' });
  assert.deepEqual(prepareMentionText('🎉 ❤️'), { base: '🎉 ❤', folded: '🎉 ❤', language: 'und' });
});
