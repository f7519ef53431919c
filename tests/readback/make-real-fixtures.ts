// Writes tests/fixtures/readback/real/*.json (run with `npx tsx
// tests/readback/make-real-fixtures.ts`): journey maps other people published,
// redrawn as a facilitator would copy them onto a board. Sources, licences and
// the expectations (written from the sources) are in that folder's README.
import { saveFixture } from './board-items.ts';
import { drawMap, type Entry, type MapSpec } from './draw-map.ts';

/** A Mermaid user-journey score (1–5) as the classic palette's sticky colour. */
const SCORE_COLORS = ['red', 'orange', 'gray', 'light_green', 'green'] as const;
const scored = (text: string, score: number, tags: string[] = []): Entry => ({ text, color: SCORE_COLORS[score - 1], tags });

const MAPS: MapSpec[] = [
  {
    id: 'mermaid-working-day',
    title: 'My working day',
    stages: ['<p>Go to work</p>', '<p>Go home</p>'],
    lanes: ['<p>Tasks</p>'],
    cells: [[[scored('Make tea', 5, ['Me']), scored('Go upstairs', 3, ['Me']), scored('Do work', 1, ['Me', 'Cat'])], [scored('Go downstairs', 5, ['Me']), scored('Sit down', 5, ['Me'])]]],
    clutter: { votes: 7 },
  },
  {
    id: 'csdn-working-day-zh',
    title: '我工作一天',
    stagesAsText: true,
    stages: ['<p>去公司</p>', '<p>回家</p>'],
    lanes: ['<p>任务</p>'],
    cells: [[[scored('烧水', 5, ['我']), scored('上楼', 3, ['我']), scored('工作', 1, ['我', '张三'])], [scored('下楼', 3, ['我']), scored('坐下', 5, ['我'])]]],
  },
  {
    id: 'crm-journey-ja',
    title: '顧客管理システム利用ジャーニー',
    header: ['<p>ペルソナ：田中太郎</p><p>35歳、営業マネージャー</p>', '<p>目標：効率的な顧客管理と売上向上</p><p>課題：複数システムでの情報分散、手作業の多さ</p>'],
    stages: ['<p>認識</p>', '<p>利用開始</p>', '<p>日常利用</p>', '<p>継続利用</p>'],
    lanes: ['<p>タスク</p>', '<p>感情</p>', '<p>行動</p>', '<p>タッチポイント</p>', '<p>改善機会</p>'],
    cells: [
      [[scored('課題発見', 3), scored('情報収集', 4), scored('比較検討', 4)], [scored('アカウント作成', 5), scored('初期設定', 3), scored('チュートリアル', 4)], [scored('顧客情報入力', 4), scored('レポート確認', 5), scored('チーム共有', 4)], [scored('機能拡張', 5), scored('他部署展開', 4)]],
      [['困惑😕'], ['期待😊'], ['満足😄'], []],
      [['情報検索'], ['試用開始'], ['定期利用'], []],
      [['Webサイト'], ['アプリ'], ['アプリ'], []],
      [['SEO最適化'], ['オンボーディング改善'], ['機能拡充'], []],
    ],
    aside: ['<p>主要ペインポイント</p><p>1. 初期設定の複雑さ → ウィザード形式の導入</p><p>2. モバイル対応不足 → レスポンシブデザイン強化</p><p>3. データ入力の手間 → 自動入力機能追加</p>'],
    clutter: { stickers: 5 },
  },
  {
    id: '18f-burger-blueprint',
    title: 'Service blueprint example',
    stagesAsText: true,
    corner: '<strong>User steps</strong>',
    stages: ['<p>Decide and look up how to</p><p>get to the restaurant</p>', '<p>Arrive at the restaurant and order</p>', '<p>Find a table and</p><p>eat the</p><p>burger</p>', '<p>Clean up and leave the restaurant</p>'],
    lanes: [
      '<p><strong>Frontstage</strong></p><p>The online and offline interactions that users have with the service which includes the people, places, objects which users interact with.</p>',
      '<p><strong>Backstage</strong></p><p>Activities in the systems and processes that support the frontstage experience, but are not visible to users</p>',
      '<p><strong>Support processes</strong></p><p>Activities executed by the rest of the organization or external partners — such as ongoing data management or software licensing — that don’t fall into the other rows</p>',
    ],
    cells: [
      [['Website', 'Newspaper', 'Radio Ad', 'Address search'], ['Parking Lot', 'Building', 'Lobby', 'Signage', 'Electronic menu', 'Paper menu'], ['Counter', 'Cash register', 'Card reader', 'Electronic menu', 'Paper menu'], ['Paper goods', 'Condiment counter', 'Condiment containers', 'Napkins', 'Cutlery']],
      [['Website maintenance', 'Customer service support and staffing', 'Branding and advertising activities'], ['Staff support and scheduling', 'Payment system', 'Menu upkeep'], ['Staff support and scheduling', 'Dining area maintenance'], ['Staff support and scheduling', 'Waste collection']],
      [
        ['Advertising partnerships', 'Website server support', 'Branding and website efforts'],
        ['Building license', 'Food supply', 'Gas, electricity, and water', 'Food safety regulations', "Workers' union partnership", 'Employee policies'],
        ['Building license', 'Food supply', 'Gas, electricity, and water', 'Food safety regulations', "Workers' union partnership", 'Employee policies'],
        ['Waste management contracts', 'Customer service staff support and scheduling'],
      ],
    ],
  },
  {
    id: 'deanpeters-template',
    title: 'Customer Journey Map',
    header: ['<p>Persona: [Persona name and brief description]</p>', '<p>Objectives</p><p>- [Objective 1]</p><p>- [Objective 2]</p><p>- [Objective 3]</p>'],
    corner: '<strong>Stage</strong>',
    stages: ['<p>Awareness</p>', '<p>Consideration</p>', '<p>Decision</p>', '<p>Service</p>', '<p>Loyalty</p>'],
    lanes: ['<p>Customer Actions</p>', '<p>Touchpoints</p>', '<p>Customer Experience</p>', '<p>KPIs</p>', '<p>Business Goals</p>', '<p>Teams Involved</p>'],
    cells: ['[Actions]', '[Touchpoints]', '[Emotions/thoughts]', '[KPIs]', '[Goals]', '[Teams]'].map((placeholder) => Array.from({ length: 5 }, () => [placeholder])),
  },
  {
    id: 'paelladoc-blueprint-es',
    title: 'Plantilla de Service Blueprint',
    stages: ['<p>Fase 1</p><p>Descubrimiento</p>', '<p>Fase 2</p><p>Onboarding</p>', '<p>Fase 3</p><p>Uso</p>', '<p>Fase 4</p><p>Soporte</p>', '<p>Fase 5</p><p>Fidelización</p>'],
    lanes: ['<p>Evidencias Físicas</p>', '<p>Acciones del Usuario</p>', '<p>Frontstage</p><p>(Línea de Interacción)</p>', '<p>Backstage</p><p>(Línea de Visibilidad)</p>', '<p>Procesos de Soporte</p><p>(Línea Interna)</p>'],
    cells: ['Evidencia', 'Acción', 'Interacción', 'Proceso', 'Proceso'].map((word) => [[`${word} 1: [Descripción]`, `${word} 2: [Descripción]`], [], [], [], []]),
  },
  {
    id: 'adesso-journey-de',
    title: 'Customer Journey Map: [Firmenname]',
    stagesAsText: true,
    stages: ['Awareness<br>(Aufmerksamkeit)', 'Consideration<br>(Überlegung)', 'Decision<br>(Entscheidung)', 'Purchase<br>(Kauf)', 'Onboarding<br>(Einführung)', 'Usage<br>(Nutzung)', 'Loyalty<br>(Loyalität)', 'Advocacy<br>(Empfehlung)'].map((html) => `<p>${html}</p>`),
    lanes: ['<p>Kundenaktionen</p>', '<p>Touchpoints</p>', '<p>Gedanken</p>', '<p>Emotionen</p>', '<p>Pain Points</p>', '<p>Opportunities</p>'],
    cells: [
      [['[Aktion 1]', '[Aktion 2]'], ['[Recherche-Aktionen]']],
      [['🌐 [Touchpoint 1]', '📱 [Touchpoint 2]'], ['[Touchpoint 1]', '[Touchpoint 2]']],
      [['"[Was denkt der Kunde?]"', '"[Frage 1]"', '"[Frage 2]"'], ['"[Was denkt der Kunde?]"']],
      [['😟 [Emotion] - [Warum]'], ['🤔 [Emotion]']],
      [['❌ [Frustration 1]'], ['❌ [Was fehlt ihnen?]']],
      [['✨ [Wie können wir hier helfen?]'], ['✨ [Content/Touchpoint-Idee]']],
    ].map((row) => [...row, ...Array.from({ length: 6 }, () => [])]),
    clutter: { arrows: true, votes: 20 },
  },
  {
    id: 'kdense-dev-onboarding',
    title: '👤 New Developer Onboarding',
    header: ['<p>Persona: New Dev</p>'],
    stages: ['<p>📋 Day 1 Setup</p>', '<p>🤝 Week 1 Integration</p>', '<p>🚀 Month 1 Productivity</p>'],
    lanes: ['<p>Steps</p>'],
    cells: [
      [
        [scored('Read onboarding doc', 3), scored('Clone repositories', 4), scored('Configure local env', 2), scored('Run into setup issues', 1)],
        [scored('Meet the team', 5), scored('Pair program on first PR', 4, ['Mentor']), scored('Navigate codebase', 2), scored('First PR merged', 5)],
        [scored('Own a small feature', 4), scored('Participate in code review', 4), scored('Ship to production', 5)],
      ],
    ],
  },
];

for (const spec of MAPS) saveFixture({ name: `real/${spec.id}`, items: drawMap(spec) });
