// Writes the hand-made board fixtures of tests/fixtures/readback/ (run with
// `npx tsx tests/readback/make-fixtures.ts`). Each board is drawn the way people
// draw journey maps by hand, in a different style, with clutter around; the
// expected readings live in handmade.test.ts, written by hand.
import { connector, frame, image, saveFixture, shape, sticky, tag, text, type Item } from './board-items.ts';

const save = (name: string, items: Item[], metadata: Item = {}): void => saveFixture({ name, items, metadata });

/** Text labels instead of shapes, left-aligned lane titles of different widths, wobbly alignment, clutter around and a second frame. */
function textLabels(): void {
  const f = 'tl-frame';
  save('text-labels-clutter', [
    frame(f, 'Onboarding — workshop 3', [0, 0, 2600, 1500]),
    text('tl-title', f, '<p><strong>Onboarding journey</strong></p>', [400, 40, 600, 40]),
    text('tl-persona', f, '<p>Persona: Priya (34) - team lead at a logistics firm</p><p>Goals:</p><ul><li>Get her team set up in a day</li><li>No training needed</li></ul><p>Frustrations: too many emails; unclear pricing</p>', [500, 170, 900, 180]),
    text('tl-obj', f, '<p>Objectives</p><p>1. Find the slowest step</p><p>2. Agree owners</p><p>3. Pick two fixes</p><p>4. Plan research</p>', [1500, 170, 600, 180]),
    text('tl-review', f, '<p>Reviewed 2026-03-01, every quarter</p>', [2200, 80, 500, 30]),
    text('tl-h0', f, '<p>Invite</p>', [500, 330, 300, 40]),
    text('tl-h1', f, '<p>First login</p>', [880, 336, 300, 52]),
    text('tl-h2', f, '<p>Set up team</p>', [1260, 325, 300, 40]),
    text('tl-h3', f, '<p>First report</p>', [1640, 331, 300, 40]),
    text('tl-h4', f, '<p>Renewal &amp; billing</p>', [2020, 330, 300, 40]),
    text('tl-l0', f, '<p>Actions</p>', [110, 500, 120, 40]),
    text('tl-l1', f, '<p>Thoughts &amp; feelings</p>', [160, 760, 220, 40]),
    text('tl-l2', f, '<p>Pain points</p>', [130, 1000, 160, 40]),
    text('tl-l3', f, '<p>Opportunities</p>', [140, 1240, 180, 40]),
    tag('t-email', 'channel: email'),
    tag('t-app', 'Channel: App'),
    tag('t-cs', 'owner: customer success'),
    tag('t-int', 'evidence: interviews'),
    tag('t-mot', 'Moment of truth'),
    tag('t-other', 'sprint 12'),
    sticky('tl-1', f, '<p>Gets an invite email from her boss</p>', [470, 560], 'light_green', ['t-email', 't-cs', 't-int']),
    sticky('tl-2', f, '<p>(-2) Password rules rejected <em>three</em> times</p>', [860, 590], 'light_yellow', ['t-app', 't-mot']),
    sticky('tl-3', f, '<p>Adds 12 people from a CSV</p>', [1250, 560], 'green', ['t-app', 't-other']),
    sticky('tl-4', f, '<p>Report looks empty</p>', [1650, 570], 'orange'),
    sticky('tl-5', f, '<p>"Why do I need another password?"</p>', [900, 800], 'red'),
    sticky('tl-6', f, '<p>Password rules are not shown up front</p>', [880, 1040], 'pink'),
    sticky('tl-7', f, '<p>Show the rules &lt;before&gt; typing</p>', [860, 1270], 'light_blue', ['t-cs']),
    sticky('tl-8', f, '<p>Sample data in the first report</p>', [1660, 1280], 'light_blue'),
    sticky('tl-park', f, '<p>Parking lot: SSO?</p>', [2400, 1400], 'yellow'),
    connector('tl-c1', f, 'tl-1', 'tl-2'),
    connector('tl-c2', f, 'tl-2', 'tl-3'),
    image('tl-img', f, [2350, 200]),
    sticky('tl-outside', null, '<p>Outside the frame</p>', [3000, 0], 'red'),
    frame('tl-frame2', 'Research notes', [0, 2000, 1200, 800]),
    text('tl2-a', 'tl-frame2', '<p>Interview 1</p>', [200, 100, 200, 40]),
    sticky('tl2-s', 'tl-frame2', '<p>Quote</p>', [300, 400], 'light_yellow'),
  ]);
}

/** A large map: 8 stages, 6 lanes, 60 stickies, shapes as titles, a colour-blind legend, a "Stages" corner label. */
function large(): void {
  const f = 'lg-frame';
  const stages = ['Need', 'Search', 'Compare', 'Book', 'Wait', 'Travel', 'Stay', 'Return'];
  const lanes = ['Doing', 'Thinking', 'Emotions', 'Pains', 'Ideas', 'Channels'];
  const items: Item[] = [frame(f, 'Holiday booking (future state)', [5000, 3000, 4400, 3200])];
  items.push(text('lg-legend', f, '<p>Legend — colour-blind safe palette</p>', [3900, 80, 500, 30]));
  items.push(shape('lg-corner', f, 'Stages →', [160, 300, 240, 100]));
  stages.forEach((name, i) => items.push(shape(`lg-h${i}`, f, name, [500 + i * 480, 300, 460, 100])));
  lanes.forEach((name, j) => items.push(shape(`lg-l${j}`, f, name, [160, 600 + j * 440, 240, 420])));
  const colors = ['orange', 'yellow', 'gray', 'light_blue', 'dark_blue', 'light_yellow'];
  for (let i = 0; i < stages.length; i++) {
    for (let j = 0; j < lanes.length; j++) {
      if (j === 2) continue; // the emotions lane holds a hand-drawn curve
      const count = (i + j) % 4;
      for (let k = 0; k < count; k++) {
        items.push(sticky(`lg-${i}-${j}-${k}`, f, `<p>Note ${i}.${j}.${k}</p>`, [400 + i * 480 + (k % 2) * 190, 520 + j * 440 + Math.floor(k / 2) * 200], colors[(i + j + k) % colors.length]));
      }
    }
    items.push({ id: `lg-dot${i}`, type: 'shape', shape: 'circle', parentId: f, x: 500 + i * 480, y: 1480 + ((i * 37) % 200), width: 30, height: 30, content: '' });
    if (i > 0) items.push(connector(`lg-cl${i}`, f, `lg-dot${i - 1}`, `lg-dot${i}`));
  }
  save('large-colour-blind', items);
}

/** The smallest map: two stages, one lane, texts everywhere, and nothing else. */
function tiny(): void {
  const f = 'tn-frame';
  save('tiny', [
    frame(f, 'Tiny', [0, 0, 900, 500]),
    text('tn-h0', f, '<p>Before</p>', [350, 60, 200, 40]),
    text('tn-h1', f, '<p>After</p>', [600, 60, 200, 40]),
    text('tn-l0', f, '<p>Touchpoints</p>', [100, 250, 150, 300]),
    sticky('tn-1', f, '<p>😟 Waits on hold</p>', [350, 250], 'green'),
    sticky('tn-2', f, '<p>Call back offered</p>', [600, 250]),
  ]);
}

/** A service blueprint drawn by hand, the kind named only by the lanes. */
function blueprint(): void {
  const f = 'bp-frame';
  const stages = ['Arrive', 'Order', 'Pay'];
  const lanes = ['Customer actions', 'Frontstage', 'Backstage', 'Support processes'];
  const items: Item[] = [frame(f, 'Café', [0, 0, 1800, 1400])];
  items.push(text('bp-persona', f, '<p>Persona: Leo — commuter</p><p>Goals: be quick</p><p>Frustrations: queues</p>', [700, 60, 800, 100]));
  stages.forEach((name, i) => items.push(shape(`bp-h${i}`, f, name, [500 + i * 400, 200, 380, 80], { shape: 'round_rectangle' })));
  lanes.forEach((name, j) => items.push(shape(`bp-l${j}`, f, name, [150, 400 + j * 250, 250, 230])));
  items.push(sticky('bp-1', f, '<p>Walks in</p>', [500, 400], 'light_green'));
  items.push(sticky('bp-2', f, '<p>Orders at the till</p>', [900, 400], 'gray'));
  items.push(sticky('bp-3', f, '<p>Taps card</p>', [1300, 400], 'orange'));
  items.push(sticky('bp-4', f, '<p>Barista greets</p>', [500, 650]));
  items.push(sticky('bp-5', f, '<p>Takes the order</p>', [900, 650]));
  items.push(sticky('bp-6', f, '<p>Card reader</p>', [1300, 650]));
  items.push(sticky('bp-7', f, '<p>Ticket to the bar</p>', [900, 900]));
  items.push(sticky('bp-8', f, '<p>Payment provider</p>', [1300, 1150]));
  save('blueprint-by-hand', items);
}

/** Two journey maps on one board: readback must ask which one. */
function twoMaps(): void {
  const map = (f: string, x: number, name: string): Item[] => [
    frame(f, name, [x, 0, 1200, 800]),
    shape(`${f}-h0`, f, 'Start', [450, 100, 300, 80]),
    shape(`${f}-h1`, f, 'End', [800, 100, 300, 80]),
    shape(`${f}-l0`, f, 'Actions', [120, 350, 200, 300]),
    sticky(`${f}-s`, f, '<p>Does it</p>', [450, 350], 'green'),
  ];
  save('two-maps', [...map('a-frame', 0, 'Map A'), ...map('b-frame', 2000, 'Map B'), frame('c-frame', 'Empty notes', [0, 2000, 600, 600])]);
}

/** A board with frames and no map at all. */
function noMap(): void {
  save('no-map', [frame('nm-frame', 'Brainstorm', [0, 0, 1000, 800]), sticky('nm-1', 'nm-frame', '<p>Idea</p>', [200, 200]), sticky('nm-2', 'nm-frame', '<p>Another</p>', [500, 200])]);
}

/** Unreadable bits: an unknown colour, a malformed item, a tag that is not on the board, stickies in the margin. */
function messy(): void {
  const f = 'ms-frame';
  save('messy', [
    frame(f, 'Returns (current state)', [0, 0, 1600, 1000]),
    shape('ms-h0', f, 'Request', [500, 100, 380, 80]),
    shape('ms-h1', f, 'Ship back', [900, 110, 380, 100]),
    shape('ms-h2', f, 'Refund', [1300, 95, 380, 80]),
    shape('ms-l0', f, 'Touchpoints', [150, 350, 240, 300]),
    shape('ms-l1', f, 'Pain points', [150, 700, 240, 300]),
    sticky('ms-1', f, '<p>Fills the returns form</p>', [500, 350], 'unknown'),
    sticky('ms-2', f, '<p>(+1) Label printed at home</p>', [900, 350], '#ff00aa', ['t-missing']),
    sticky('ms-3', f, '<p>Refund takes 14 days</p>', [1300, 350], 'red'),
    { id: 'ms-bad', type: 'sticky_note', parentId: f, content: '<p>no position</p>' },
    sticky('ms-4', f, '<p>No printer at home</p>', [900, 700], 'light_pink'),
    sticky('ms-margin', f, '<p>Left of the grid</p>', [40, 950], 'light_yellow'),
    sticky('ms-above', f, '<p>Above the headers</p>', [1300, 20], 'light_yellow'),
  ]);
}

/** A workshop wall: stage and lane titles on stickies of their own colour, notes on yellow, the persona on a sticky in the corner. */
function stickyTitles(): void {
  const f = 'st-frame';
  save('sticky-titles', [
    frame(f, 'Workshop wall', [0, 0, 1400, 900]),
    sticky('st-h0', f, '<p>Arrive</p>', [400, 100], 'dark_blue'),
    sticky('st-h1', f, '<p>Check in</p>', [650, 100], 'dark_blue'),
    sticky('st-h2', f, '<p>Room</p>', [900, 100], 'dark_blue'),
    sticky('st-l0', f, '<p>Doing</p>', [120, 350], 'violet'),
    sticky('st-l1', f, '<p>Pains</p>', [120, 600], 'violet'),
    sticky('st-1', f, '<p>Finds parking</p>', [400, 350]),
    sticky('st-2', f, '<p>(-1) Queue at the desk</p>', [650, 350]),
    sticky('st-3', f, '<p>Key card works</p>', [900, 360], 'light_green'),
    sticky('st-4', f, '<p>Nobody at the desk</p>', [650, 600], 'pink'),
    sticky('st-persona', f, '<p>Persona: Ana, business traveller</p><p>Goals: sleep early</p><p>Frustrations: queues</p>', [130, 90], 'light_yellow'),
    sticky('st-park', f, '<p>Ask about late check-out</p>', [1250, 800], 'light_yellow'),
  ]);
}

/** One word of text over the middle of each column and beside the middle of each lane; stickies spread around them. */
function centredTitles(): void {
  const f = 'ct-frame';
  const items: Item[] = [frame(f, 'Support call', [0, 0, 1800, 1100])];
  ['Call', 'Wait', 'Talk', 'Follow-up'].forEach((name, i) => items.push(text(`ct-h${i}`, f, `<p>${name}</p>`, [450 + i * 400, 80, 110, 30])));
  ['Doing', 'Feeling', 'Ideas'].forEach((name, j) => items.push(text(`ct-l${j}`, f, `<p>${name}</p>`, [100, 300 + j * 300, 90, 30])));
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 3; j++) {
      // Left of the title's left edge and above the label's top: still this cell.
      items.push(sticky(`ct-${i}-${j}a`, f, `<p>Left ${i}.${j}</p>`, [450 + i * 400 - 120, 300 + j * 300 - 80], 'light_green'));
      items.push(sticky(`ct-${i}-${j}b`, f, `<p>Right ${i}.${j}</p>`, [450 + i * 400 + 120, 300 + j * 300 + 80], 'orange'));
    }
  }
  save('centred-titles', items);
}

textLabels();
stickyTitles();
centredTitles();
large();
tiny();
blueprint();
twoMaps();
noMap();
messy();
