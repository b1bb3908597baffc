import assert from 'node:assert/strict';
import { test } from 'node:test';
import { englishLexiconScore } from './sentiment-en.domain.ts';
import { labelFromScore } from './sentiment-rules.domain.ts';

const score = (text: string) => englishLexiconScore(text).score;
const label = (text: string) => labelFromScore(score(text));

test('negation flips a sentiment word within its clause', () => {
  assert.equal(label('The update is good'), 'pos');
  assert.equal(label('The update is not good'), 'neg');
  assert.equal(label("I don't like this"), 'neg');
  assert.equal(label('not bad at all'), 'pos');
  // A clause boundary ends the negation's reach.
  assert.equal(label('Not today. The coffee is great'), 'pos');
});

test('intensifiers, diminishers, capitals and stretched words change the strength', () => {
  assert.ok(score('very good') > score('good'));
  assert.ok(score('kind of good') < score('good'));
  assert.ok(score('sooo good') > score('good'));
  assert.ok(score('This is GOOD news') > score('This is good news'));
  assert.ok(score('goooood') > 0, 'a stretched word is found under its plain spelling');
  assert.ok(score('good!!!') > score('good'));
});

test('emoji, emoticons and hashtags carry sentiment', () => {
  assert.equal(label('Got my order 😍'), 'pos');
  assert.equal(label('Still waiting 😡'), 'neg');
  assert.equal(label('see you tomorrow :)'), 'pos');
  assert.equal(label('missed the bus :('), 'neg');
  assert.equal(label('#NotHappy'), 'neg');
  assert.equal(label('#LoveThis'), 'pos');
});

test('the clause after "but" outweighs the one before', () => {
  assert.equal(label('The food was good but the service was terrible'), 'neg');
  assert.equal(label('The wait was bad but the food was excellent'), 'pos');
});

test('weak or absent sentiment is neutral', () => {
  assert.equal(label('It looks like rain'), 'neu', '"like" as a preposition');
  assert.equal(label('I like it'), 'pos', '"like" as a verb');
  assert.equal(label('please call me'), 'neu', 'one weak word');
  assert.equal(label('The shop opens at 9 https://example.com/good @good'), 'neu', 'links and handles are not words');
  assert.equal(score(''), 0);
});
