// The kind registry and its word lists: lane names in the languages and
// wordings people use, header labels and tag prefixes, and the registry's
// own consistency (no word names two kinds; every template lane reads back).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerLabel, tagWord } from '../../src/model/header-words.ts';
import { readReview } from '../../src/model/header-text.ts';
import { JOURNEY_KIND_RECORDS, JOURNEY_KINDS, LANE_KIND_RECORDS, LANE_KINDS, journeyKindFromLanes, journeyKindFromText, laneKindFromName } from '../../src/model/lane-kinds.ts';
import { LANE_WORDS } from '../../src/model/lane-words.ts';
import { normaliseText, wordKey } from '../../src/model/words.ts';

describe('lane kind from a name', () => {
  it.each([
    ['Customer steps', 'touchpoints'],
    ['User Actions', 'touchpoints'],
    ['Steps', 'touchpoints'],
    ['Doing', 'touchpoints'],
    ['Interactions', 'touchpoints'],
    ['Touchpoints & channels', 'touchpoints'],
    ['Key touchpoints', 'touchpoints'],
    ['🎯 TOUCHPOINTS:', 'touchpoints'],
    ['Ｔｏｕｃｈｐｏｉｎｔｓ', 'touchpoints'],
    ['Acciones del cliente', 'touchpoints'],
    ['Ações do usuário', 'touchpoints'],
    ['Points de contact', 'touchpoints'],
    ['Kundenaktionen', 'touchpoints'],
    ['Azioni del cliente', 'touchpoints'],
    ['Klantacties', 'touchpoints'],
    ['Działania klienta', 'touchpoints'],
    ['アクション', 'touchpoints'],
    ['顧客の行動', 'touchpoints'],
    ['用户行为', 'touchpoints'],
    ['用戶行為', 'touchpoints'],
    ['고객 행동', 'touchpoints'],
    ['Feelings', 'emotions'],
    ['感情', 'emotions'],
    ['Emociones', 'emotions'],
    ['Gefühle', 'emotions'],
    ['Thoughts & feelings', 'thoughts'],
    ['思考', 'thoughts'],
    ['Pensées', 'thoughts'],
    ['Pains', 'pain-points'],
    ['Schmerzpunkte', 'pain-points'],
    ['痛点', 'pain-points'],
    ['ペインポイント', 'pain-points'],
    ['Puntos de dolor', 'pain-points'],
    ['Gains', 'opportunities'],
    ['Ideas', 'opportunities'],
    ['How might we…', 'opportunities'],
    ['Improvements', 'opportunities'],
    ['机会点', 'opportunities'],
    ['Oportunidades', 'opportunities'],
    ['Front-stage actions', 'frontstage'],
    ['バックステージ', 'backstage'],
    ['Support processes (people, processes, policies, technology)', 'support'],
    ['Moments of truth', 'other'],
    ['KPIs', 'other'],
    ['Quotes', 'other'],
    ['', 'other'],
  ])('%s → %s', (name, kind) => {
    expect(laneKindFromName(name)).toBe(kind);
  });

  it('reads every word of every lane kind back as that kind, in any case and with "customer" in front', () => {
    for (const kind of LANE_KINDS) {
      for (const word of LANE_KIND_RECORDS[kind].words) {
        expect([word, laneKindFromName(word)]).toEqual([word, kind]);
        expect([word, laneKindFromName(`Customer ${word.toUpperCase()}`)]).toEqual([word, kind]);
      }
    }
  });

  it('no word names two lane kinds', () => {
    const owner = new Map<string, string>();
    for (const [kind, words] of Object.entries(LANE_WORDS)) {
      for (const word of words) {
        const key = wordKey(word);
        expect([word, owner.get(key) ?? kind]).toEqual([word, kind]);
        owner.set(key, kind);
      }
    }
  });

  it('never throws and always gives a lane kind, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        expect(LANE_KINDS).toContain(laneKindFromName(name));
      }),
    );
  });

  it('reads each template lane of each map kind as its kind', () => {
    for (const kind of JOURNEY_KINDS) {
      for (const [laneKind, name] of JOURNEY_KIND_RECORDS[kind].lanes) expect(laneKindFromName(name)).toBe(laneKind);
    }
  });
});

describe('normalising', () => {
  it('folds case, width, accents, punctuation and emoji', () => {
    expect(normaliseText('  Ｐａｉｎ—POINTS!! 😡 ')).toBe('pain points');
    expect(normaliseText('Émotions')).toBe('emotions');
    expect(wordKey('The customer’s pains')).toBe('pain');
  });
});

describe('map kinds', () => {
  it.each([
    ['Coffee subscription — future state', 'future-state'],
    ['Servicio: plano de servicio', 'service-blueprint'],
    ['サービスブループリント：窓口', 'service-blueprint'],
    ['A day in the life of Sam', 'day-in-the-life'],
    ['现状 用户旅程', 'current-state'],
    ['Coffee subscription (hand-made)', null],
  ])('%s → %s', (text, kind) => {
    expect(journeyKindFromText(text)).toBe(kind);
  });

  it('takes a map with a backstage lane for a service blueprint', () => {
    expect(journeyKindFromLanes(['touchpoints', 'backstage'])).toBe('service-blueprint');
    expect(journeyKindFromLanes(['touchpoints', 'other'])).toBe('current-state');
  });
});

describe('header labels and tags in other languages', () => {
  it.each([
    ['ペルソナ：山田 花子', 'persona', '山田 花子'],
    ['Persona: Sam', 'persona', 'Sam'],
    ['Objetivos - vender más', 'objectives', 'vender más'],
    ['Ziele: schnell fertig', 'goals', 'schnell fertig'],
    ['用户画像: 小王', 'persona', '小王'],
    ['Frustrations', 'frustrations', ''],
    ['Goals get set up fast', 'goals', 'get set up fast'],
  ])('%s → %s', (line, label, rest) => {
    expect(headerLabel(line)).toEqual({ label, rest });
  });

  it('leaves lines that start with no label alone', () => {
    expect(headerLabel('Sees an Instagram ad: great')).toBeNull();
    expect(headerLabel('Gets an invite email')).toBeNull();
  });

  it.each([
    ['channel: email', { word: 'channel', value: 'email' }],
    ['Canal : web', { word: 'channel', value: 'web' }],
    ['担当：営業', { word: 'owner', value: '営業' }],
    ['Evidencia: entrevistas', { word: 'evidence', value: 'entrevistas' }],
    ['Moment of Truth', { word: 'momentOfTruth', value: '' }],
    ['真実の瞬間', { word: 'momentOfTruth', value: '' }],
    ['channel:', null],
    ['sprint 12', null],
  ])('tag %s', (title, meaning) => {
    expect(tagWord(title)).toEqual(meaning);
  });
});

describe('review lines in other languages', () => {
  it.each([
    ['Revisión: 2026-03-01 · trimestral', { lastReviewed: '2026-03-01', cadence: 'quarterly' }],
    ['Überprüft 2026-01-15, halbjährlich', { lastReviewed: '2026-01-15', cadence: 'biannual' }],
    ['レビュー：2025-12-01（毎年）', { lastReviewed: '2025-12-01', cadence: 'annual' }],
    ['评审 2026-02-02 每季', { lastReviewed: '2026-02-02', cadence: 'quarterly' }],
    ['Launch 2026-02-02', { lastReviewed: null, cadence: null }],
  ])('%s', (line, review) => {
    expect(readReview(line)).toEqual(review);
  });
});
