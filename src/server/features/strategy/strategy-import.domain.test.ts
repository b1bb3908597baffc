import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { emptyStrategy } from '../../../shared/strategy/strategy.schemas.ts';
import { completeStrategy } from '../../../shared/strategy/strategy.fixtures.ts';
import { type ParsedImport, parseStrategyFile, serializeStrategy } from './strategy-import.domain.ts';

function refused(result: ParsedImport) {
  assert.equal(result.ok, false, 'expected the file to be refused');
  return result as Extract<ParsedImport, { ok: false }>;
}

test('an exported strategy reads back unchanged, in JSON and in YAML', () => {
  const doc = completeStrategy();
  for (const format of ['json', 'yaml'] as const) {
    const text = serializeStrategy(doc, format);
    const back = parseStrategyFile(text, format);
    assert.equal(back.ok, true, format);
    assert.deepEqual(back.ok && back.document, doc);
    assert.equal(back.ok && serializeStrategy(back.document, format), text, `${format} export is stable`);
  }
});

test('YAML keeps strings that look like other types as strings', () => {
  const doc = emptyStrategy('THB');
  doc.voice.weAre = ['yes', 'no', '012', '2027-03-31', 'null', '1e3', 'กาแฟ: คั่วสด', '- item', '#1 roaster'];
  const yaml = serializeStrategy(doc, 'yaml');
  assert.deepEqual(parse(yaml).voice.weAre, doc.voice.weAre);
  const back = parseStrategyFile(yaml, 'yaml');
  assert.deepEqual(back.ok && back.document.voice.weAre, doc.voice.weAre);
});

test('every schema problem is listed with its path under content', () => {
  const doc = JSON.parse(JSON.stringify(completeStrategy()));
  doc.goals.objectives[1].target = 'abc';
  doc.goals.goals[0].type = 'world_domination';
  doc.channels.channels[0].surprise = true;
  delete doc.voice;
  const result = refused(parseStrategyFile(JSON.stringify(doc), 'json'));
  assert.deepEqual(result.details.map((d) => d.path).sort(), [
    'content.channels.channels[0].surprise',
    'content.goals.goals[0].type',
    'content.goals.objectives[1].target',
    'content.voice',
  ]);
  assert.match(result.message, /4 problems/);
});

test('broken YAML names the line of each error', () => {
  const result = refused(parseStrategyFile('schemaVersion: 1\ngoals: [1, 2\nteam: {}\n', 'yaml'));
  assert.ok(result.details.length >= 1);
  assert.ok(result.details.every((d) => d.path === 'content' && /not valid YAML: .*line \d+/.test(d.message)), JSON.stringify(result.details));
});

test('duplicate keys and several documents in one YAML file are refused', () => {
  assert.match(refused(parseStrategyFile('schemaVersion: 1\nschemaVersion: 1\n', 'yaml')).details[0]!.message, /unique/);
  assert.match(refused(parseStrategyFile('schemaVersion: 1\n---\nschemaVersion: 1\n', 'yaml')).details[0]!.message, /multiple documents/);
});

test('a YAML alias bomb is refused instead of expanded', () => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 0; i < 8; i++) lines.push(`${'bcdefghi'[i]}: &${'bcdefghi'[i]} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`);
  const result = refused(parseStrategyFile(lines.join('\n'), 'yaml'));
  assert.match(result.details[0]!.message, /alias/i);
});

test('YAML that is not a strategy gets a message saying so', () => {
  const list = refused(parseStrategyFile('- one\n- two\n', 'yaml'));
  assert.match(list.message, /not a strategy: the file holds a list/);
  const config = refused(parseStrategyFile('services:\n  web:\n    image: nginx\nvolumes: {}\n', 'yaml'));
  assert.match(config.message, /not a Socialplan strategy.*found services, volumes/);
  assert.deepEqual(config.details.map((d) => d.path), ['content']);
  assert.match(refused(parseStrategyFile('just some text', 'yaml')).message, /a single string value/);
  assert.match(refused(parseStrategyFile('', 'yaml')).message, /holds nothing/);
});

test('invalid JSON and a newer schema version are explained', () => {
  assert.match(refused(parseStrategyFile('{"schemaVersion": 1,', 'json')).details[0]!.message, /^not valid JSON/);
  const newer = refused(parseStrategyFile(JSON.stringify({ ...emptyStrategy(), schemaVersion: 2 }), 'json'));
  assert.match(newer.message, /newer Socialplan \(schemaVersion 2\)/);
  assert.equal(newer.details[0]!.path, 'content.schemaVersion');
});
