// The sequence diagram SVG: one labelled lane per incarnation and one shaft per arrow,
// untrusted text escaped (never markup), highlighted items distinguishable, malformed input
// skipped or clamped rather than thrown, well-formed XML every time (checked by a small
// parser below), deterministic output, and a 5,000-arrow run drawn fast and height-capped.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { renderSequence, type Arrow, type Diagram, type Lane, type Mark } from '../sim/report/sequence-svg.ts';

const RED = '#c8102e';

/** A parsed XML element: enough of a DOM to query what the renderer drew. */
interface Element {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly children: Element[];
  text: string; // the element's own text, entities decoded (not its descendants')
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** Decodes the five entities and character references; throws on a bare "&" or a "<". */
function decode(raw: string, where: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '<') throw new Error(`raw "<" in ${where}`);
    if (c !== '&') {
      out += c;
      continue;
    }
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(raw);
    if (m === null) throw new Error(`bare "&" in ${where}: ${raw.slice(i, i + 12)}`);
    const entity = m[0];
    out += entity === '&amp;' ? '&' : entity === '&lt;' ? '<' : entity === '&gt;' ? '>' : entity === '&quot;' ? '"' : entity === '&apos;' ? "'" : String.fromCodePoint(entity[2] === 'x' ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10));
    i += entity.length - 1;
  }
  return out;
}

/**
 * A strict little XML parser: one root element, every start tag closed by a matching end
 * tag or self-closed, attributes quoted, unique and entity-clean, no control characters.
 * Throws on anything else; returns the root.
 */
function parseXml(xml: string): Element {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(xml)) throw new Error('control character in output');
  const stack: Element[] = [];
  let root: Element | null = null;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (text.trim() !== '') {
      const parent = stack[stack.length - 1];
      if (parent === undefined) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
      parent.text += decode(text, `text of <${parent.name}>`);
    }
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) throw new Error('unterminated comment');
      i = end + 3;
      continue;
    }
    const gt = xml.indexOf('>', lt);
    if (gt === -1) throw new Error('unterminated tag');
    const inner = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (inner.startsWith('/')) {
      const name = inner.slice(1).trim();
      const open = stack.pop();
      if (open === undefined || open.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameMatch = /^[^\s]+/.exec(body);
    const name = nameMatch?.[0] ?? '';
    if (!NAME.test(name)) throw new Error(`bad tag name: <${inner.slice(0, 40)}`);
    const attrs = new Map<string, string>();
    let rest = body.slice(name.length);
    const ATTR = /^\s+([^\s=]+)="([^"]*)"|^\s+([^\s=]+)='([^']*)'/;
    while (rest.trim() !== '') {
      const m = ATTR.exec(rest);
      if (m === null) throw new Error(`bad attributes in <${name}: ${rest.slice(0, 60)}`);
      const key = (m[1] ?? m[3]) as string;
      if (!NAME.test(key)) throw new Error(`bad attribute name ${key}`);
      if (attrs.has(key)) throw new Error(`duplicate attribute ${key} on <${name}>`);
      attrs.set(key, decode((m[2] ?? m[4]) as string, `attribute ${key}`));
      rest = rest.slice(m[0].length);
    }
    const element: Element = { name, attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.children.push(element);
    else if (root === null) root = element;
    else throw new Error('second root element');
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.map((e) => e.name).join('>, <')}>`);
  if (root === null) throw new Error('no root element');
  return root;
}

function all(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

const classes = (e: Element): string[] => (e.attrs.get('class') ?? '').split(/\s+/).filter((c) => c !== '');
const byClass = (root: Element, cls: string): Element[] => all(root).filter((e) => classes(e).includes(cls));
const textOf = (e: Element): string => e.text + e.children.map(textOf).join('');
const titleOf = (e: Element): string => e.children.find((c) => c.name === 'title')?.text ?? '';

function lane(id: string, startMs: number, endMs: number | null = null): Lane {
  return { id, label: id, startMs, endMs, ended: endMs === null ? 'alive' : 'crash' };
}

function arrow(from: string, to: string, sentMs: number, arrivedMs: number | null, label: string, extra: Partial<Arrow> = {}): Arrow {
  return { from, to, sentMs, arrivedMs, label, fate: 'delivered', step: null, highlight: false, ...extra };
}

function mark(laneId: string, timeMs: number, kind: Mark['kind'], label: string, extra: Partial<Mark> = {}): Mark {
  return { lane: laneId, timeMs, kind, label, step: null, highlight: false, ...extra };
}

/** Three processes, one of which crashes and restarts, with every fate and a few marks. */
function small(): Diagram {
  return {
    title: 'seed 42 · failover',
    lanes: [lane('kernel@1', 0), lane('control-plane@1', 0, 40), lane('control-plane@2', 55), lane('client@1', 0)],
    arrows: [
      arrow('client@1', 'kernel@1', 1, 3, 'command c1', { step: 1 }),
      arrow('kernel@1', 'control-plane@1', 3, 7, 'propose r1', { step: 2, fate: 'delayed' }),
      arrow('control-plane@1', 'kernel@1', 7, null, 'confirm r1', { fate: 'dropped' }),
      arrow('kernel@1', 'control-plane@1', 9, 10, 'propose r1', { fate: 'duplicate', step: 4 }),
      arrow('kernel@1', 'control-plane@2', 45, 46, 'propose r2', { fate: 'refused' }),
      arrow('control-plane@2', 'kernel@1', 60, 61, 'confirm r2', { step: 9, highlight: true }),
      arrow('kernel@1', 'kernel@1', 62, 63, 'tick', { step: 10 }),
    ],
    marks: [
      mark('control-plane@1', 40, 'crash', 'crash'),
      mark('control-plane@2', 55, 'restart', 'restart'),
      mark('control-plane@2', 55, 'lost-records', 'lost 2 records'),
      mark('kernel@1', 3, 'append', 'append r1', { step: 2 }),
      mark('client@1', 70, 'display', 'shows r2'),
      mark('kernel@1', 61, 'violation', 'confirmed twice', { step: 9, highlight: true }),
    ],
    endMs: 80,
  };
}

test('a small diagram: one labelled lane per lane, one shaft per arrow, a glyph per mark, a legend', () => {
  const d = small();
  const svg = renderSequence(d);
  assert.ok(svg.startsWith('<svg'));
  const root = parseXml(svg);
  assert.is(root.name, 'svg');
  assert.is(root.attrs.get('xmlns'), 'http://www.w3.org/2000/svg');
  assert.is(root.attrs.get('font-family'), 'ui-monospace, monospace');
  assert.is(titleOf(root), d.title);

  const laneLabels = byClass(root, 'lane-label');
  assert.equal(laneLabels.map(textOf), d.lanes.map((l) => l.label));
  assert.is(byClass(root, 'lane-crash').length, 1, 'a cross where control-plane@1 crashed');

  const arrows = byClass(root, 'arrow');
  assert.is(arrows.length, d.arrows.length);
  for (const g of arrows) {
    const shafts = g.children.filter((c) => classes(c).includes('shaft'));
    assert.is(shafts.length, 1);
    assert.ok(shafts[0]?.name === 'line' || shafts[0]?.name === 'path');
  }
  assert.is(byClass(root, 'shaft').length, d.arrows.length);
  assert.is(byClass(root, 'mark').length, d.marks.length);

  // Endings per fate: arrow heads, a "×" halfway for the dropped one, a bar for the refused one.
  assert.is(byClass(root, 'fate-dropped')[0]?.children.filter((c) => classes(c).includes('end-dropped')).length, 1);
  assert.is(byClass(root, 'fate-refused')[0]?.children.filter((c) => classes(c).includes('end-refused')).length, 1);
  const shaftOf = (fate: string): Element | undefined => byClass(root, `fate-${fate}`)[0]?.children.find((c) => classes(c).includes('shaft'));
  assert.ok(shaftOf('dropped')?.attrs.has('stroke-dasharray'));
  assert.ok(shaftOf('duplicate')?.attrs.has('stroke-dasharray'));
  assert.ok(shaftOf('delayed')?.attrs.has('stroke-dasharray'));
  assert.not.ok(shaftOf('delivered')?.attrs.has('stroke-dasharray'));
  assert.is.not(shaftOf('duplicate')?.attrs.get('stroke'), shaftOf('delivered')?.attrs.get('stroke'), 'duplicates in another colour');
  assert.is.not(shaftOf('duplicate')?.attrs.get('stroke-dasharray'), shaftOf('delayed')?.attrs.get('stroke-dasharray'));

  // Tooltips and steps.
  for (const g of [...arrows, ...byClass(root, 'mark')]) assert.ok(titleOf(g) !== '', 'every arrow and mark has a <title>');
  assert.match(titleOf(arrows[1] as Element), /propose r1 .* delayed .* sent 3 ms .* arrived 7 ms .* step 2/);
  assert.match(titleOf(arrows[2] as Element), /never arrived/);
  assert.equal(
    all(root).filter((e) => e.attrs.has('data-step')).map((e) => e.attrs.get('data-step')).sort(),
    ['1', '2', '4', '9', '10', '2', '9'].sort(),
  );

  // Lanes start where their incarnation started: control-plane@2 below the others.
  const laneLine = (i: number): Element | undefined => byClass(root, 'lane-line')[i];
  assert.ok(Number(laneLine(2)?.attrs.get('y1')) > Number(laneLine(0)?.attrs.get('y1')));
  assert.ok(Number(laneLine(1)?.attrs.get('y2')) < Number(laneLine(0)?.attrs.get('y2')), 'the crashed lane stops early');

  // The legend explains every line style and glyph.
  const legend = textOf(byClass(root, 'legend')[0] as Element);
  for (const word of ['delivered', 'duplicate', 'delayed', 'dropped', 'refused', 'failure', 'crash', 'restart', 'lost records', 'display', 'command', 'append', 'sync', 'timer', 'violation']) {
    assert.ok(legend.includes(word), `legend mentions ${word}`);
  }
});

test('time is mapped by rank: monotone, and a burst is as readable as a gap', () => {
  const d: Diagram = {
    title: 't',
    lanes: [lane('a', 0), lane('b', 0)],
    arrows: [arrow('a', 'b', 0, 1, 'x'), arrow('b', 'a', 1, 2, 'y'), arrow('a', 'b', 2, 100_000, 'z')],
    marks: [],
    endMs: 100_001,
  };
  const root = parseXml(renderSequence(d));
  const ys = byClass(root, 'shaft').flatMap((s) => [Number(s.attrs.get('y1')), Number(s.attrs.get('y2'))]);
  for (let i = 1; i < ys.length; i++) assert.ok((ys[i] as number) >= (ys[i - 1] as number), 'later times lower');
  const gapBurst = (ys[1] as number) - (ys[0] as number);
  const gapLong = (ys[5] as number) - (ys[4] as number);
  assert.is(gapBurst, gapLong, '1 ms and 99,998 ms both take one row');
});

test('untrusted text is escaped everywhere, stripped of control characters, never markup', () => {
  const evil = '<script>alert(1)</script>';
  const quote = `" onload="alert(2)' x='&amp;`;
  const d: Diagram = {
    title: `${evil} & ${quote}`,
    lanes: [
      { id: evil, label: evil, startMs: 0, endMs: null, ended: 'alive' },
      { id: quote, label: `${quote}\u0000\u0007\u001b[31m\u007f\u0085\u009f`, startMs: 0, endMs: null, ended: 'alive' },
    ],
    arrows: [arrow(evil, quote, 1, 2, evil, { step: 3 }), arrow(quote, evil, 2, null, `${quote}</g></svg><svg onload="x">`, { fate: 'dropped' })],
    marks: [mark(evil, 3, 'display', evil), mark(quote, 3, 'violation', `tab\there\nnewline\rcr`)],
    endMs: 5,
  };
  const svg = renderSequence(d);
  assert.ok(svg.includes('&lt;script&gt;'));
  assert.not.ok(svg.includes('<script'));
  assert.not.ok(/<svg[^>]*onload/.test(svg));
  assert.not.ok(/[\u0000-\u001f\u007f-\u009f]/.test(svg.replace(/\n/g, '')), 'no control characters besides the renderer\u2019s own newlines');

  const root = parseXml(svg); // throws on raw markup, bare "&" or broken quoting
  assert.is(all(root).filter((e) => e.name === 'script').length, 0);
  assert.is(all(root).filter((e) => e.name === 'svg').length, 1);
  for (const e of all(root)) for (const key of e.attrs.keys()) assert.not.ok(key.startsWith('on'), `no event handler attribute (${key})`);
  // The text survives as text: decoded, it reads exactly as given.
  assert.is(titleOf(root), `${evil} & ${quote}`);
  assert.equal(byClass(root, 'lane-label').map(textOf), [evil, `${quote}[31m`], 'ESC removed, the rest kept as text');
  assert.ok(byClass(root, 'arrow-label').some((t) => textOf(t) === evil));
  assert.ok(byClass(root, 'mark-label').some((t) => textOf(t) === 'tabherenewlinecr'), 'control characters removed, not replaced');
});

test('long labels are cut to about 60 characters with "…"; the tooltip keeps them whole', () => {
  const long = 'confirm '.repeat(30).trim();
  const d: Diagram = {
    title: 'long',
    lanes: [lane('a', 0), lane('b', 0)],
    arrows: [arrow('a', 'b', 1, 2, long)],
    marks: [mark('b', 2, 'command', `😀${long}`)],
    endMs: 3,
  };
  const root = parseXml(renderSequence(d));
  const visible = textOf(byClass(root, 'arrow-label')[0] as Element);
  assert.ok(visible.endsWith('…'));
  assert.ok(Array.from(visible).length <= 60 && Array.from(visible).length >= 50);
  assert.ok(long.startsWith(visible.slice(0, -1)));
  assert.ok(titleOf(byClass(root, 'arrow')[0] as Element).includes(long));
  const markText = textOf(byClass(root, 'mark-label')[0] as Element);
  assert.ok(markText.startsWith('😀') && markText.endsWith('…'), 'cut by code point, the emoji kept whole');
});

test('highlighted arrows and marks, and violations, are red and marked with class "hl"', () => {
  const root = parseXml(renderSequence(small()));
  const arrows = byClass(root, 'arrow');
  const hot = arrows.filter((g) => classes(g).includes('hl'));
  assert.is(hot.length, 1);
  assert.match(titleOf(hot[0] as Element), /confirm r2/);
  const shaft = (g: Element): Element | undefined => g.children.find((c) => classes(c).includes('shaft'));
  assert.is(shaft(hot[0] as Element)?.attrs.get('stroke'), RED);
  assert.ok(Number(shaft(hot[0] as Element)?.attrs.get('stroke-width')) > Number(shaft(arrows[0] as Element)?.attrs.get('stroke-width')), 'thicker');
  for (const g of arrows.filter((g) => !classes(g).includes('hl'))) assert.is.not(shaft(g)?.attrs.get('stroke'), RED);

  const violation = byClass(root, 'kind-violation')[0] as Element;
  assert.ok(classes(violation).includes('hl'));
  const label = violation.children.find((c) => classes(c).includes('mark-label'));
  assert.is(label?.attrs.get('fill'), RED);
  assert.is(label?.attrs.get('font-weight'), 'bold');
  // A violation that is not flagged highlighted is still red and bold.
  const plain = parseXml(renderSequence({ ...small(), marks: [mark('kernel@1', 1, 'violation', 'v')] }));
  assert.is(byClass(plain, 'mark-label')[0]?.attrs.get('fill'), RED);
  assert.is(byClass(plain, 'mark-label')[0]?.attrs.get('font-weight'), 'bold');
});

test('arrows and marks naming unknown lanes are skipped, not thrown', () => {
  const d = small();
  const broken: Diagram = {
    ...d,
    arrows: [...d.arrows, arrow('nobody', 'kernel@1', 1, 2, 'ghost'), arrow('kernel@1', 'nobody', 1, 2, 'ghost')],
    marks: [...d.marks, mark('nobody', 5, 'append', 'ghost')],
  };
  const svg = renderSequence(broken);
  const root = parseXml(svg);
  assert.is(byClass(root, 'arrow').length, d.arrows.length);
  assert.is(byClass(root, 'mark').length, d.marks.length);
  assert.not.ok(svg.includes('ghost'));
  assert.match(svg, /skipped 2 arrow\(s\) and 1 mark\(s\)/);
});

test('an empty diagram renders a small SVG saying "nothing to draw"', () => {
  const svg = renderSequence({ title: 'no <lanes>', lanes: [], arrows: [arrow('a', 'b', 1, 2, 'x')], marks: [], endMs: 0 });
  const root = parseXml(svg);
  assert.is(root.name, 'svg');
  assert.ok(textOf(root).includes('nothing to draw'));
  assert.ok(svg.includes('no &lt;lanes&gt;'));
  assert.ok(Number(root.attrs.get('height')) < 200);
});

test('NaN, negative and infinite times are clamped; malformed entries do not throw', () => {
  const d = {
    title: 42,
    lanes: [lane('a', Number.NaN, -5), lane('b', -10), null, { id: 'c', label: undefined, startMs: Infinity, endMs: 'soon', ended: 'crash' }],
    arrows: [
      arrow('a', 'b', Number.NaN, -1, 'nan'),
      arrow('b', 'a', -100, Infinity, 'inf', { step: Number.NaN }),
      { ...arrow('a', 'c', 1, 2, 'odd fate'), fate: 'teleported', step: '7' },
      null,
      'nonsense',
    ],
    marks: [mark('b', Number.NEGATIVE_INFINITY, 'timer', 'neg'), { ...mark('a', 1, 'display', 'odd'), kind: 'mystery' }, undefined],
    endMs: Number.NaN,
  } as unknown as Diagram;
  const svg = renderSequence(d);
  const root = parseXml(svg);
  assert.not.ok(/NaN|Infinity|undefined|null/.test(svg));
  assert.is(byClass(root, 'arrow').length, 3);
  assert.is(byClass(root, 'mark').length, 2);
  assert.ok(byClass(root, 'kind-other').length === 1, 'an unknown kind gets a generic glyph');
  assert.ok(byClass(root, 'fate-delivered').length >= 1, 'an unknown fate is drawn as delivered');
  assert.not.ok(all(root).some((e) => e.attrs.get('data-step') === '7' || e.attrs.get('data-step') === 'NaN'), 'only numeric steps');
  for (const e of all(root)) for (const [key, value] of e.attrs) if (/^(x|y)\d?$|^c[xy]$|^width$|^height$/.test(key)) assert.ok(Number.isFinite(Number(value)), `${key}=${value}`);
  assert.not.throws(() => renderSequence(null as unknown as Diagram));
  assert.not.throws(() => renderSequence({} as unknown as Diagram));
});

test('width: honoured when asked, raised when the lanes would be too narrow', () => {
  const root = parseXml(renderSequence(small(), { width: 1500 }));
  assert.is(root.attrs.get('width'), '1500');
  const narrow = parseXml(renderSequence(small(), { width: 10 }));
  assert.ok(Number(narrow.attrs.get('width')) > 300);
  const xs = byClass(narrow, 'lane-line').map((l) => Number(l.attrs.get('x1')));
  for (let i = 1; i < xs.length; i++) assert.ok((xs[i] as number) - (xs[i - 1] as number) >= 40, 'lanes stay apart');
});

test('the output is deterministic', () => {
  assert.is(renderSequence(small()), renderSequence(small()));
  assert.is(renderSequence(small(), { width: 900 }), renderSequence(structuredClone(small()), { width: 900 }));
});

test('5,000 arrows render well under a second, height capped, highlights kept', () => {
  const lanes = [lane('kernel@1', 0), lane('control-plane@1', 0, 20_000), lane('control-plane@2', 20_050), lane('client@1', 0), lane('client@2', 0)];
  const ids = lanes.map((l) => l.id);
  const fates: Arrow['fate'][] = ['delivered', 'dropped', 'duplicate', 'delayed', 'refused'];
  const arrows: Arrow[] = [];
  for (let i = 0; i < 5000; i++) {
    const from = ids[i % ids.length] as string;
    const to = ids[(i * 7 + 1) % ids.length] as string;
    const fate = fates[i % fates.length] as Arrow['fate'];
    arrows.push(arrow(from, to, i * 8, fate === 'dropped' ? null : i * 8 + 3 + (i % 5), `msg ${i}`, { fate, step: i, highlight: i === 4321 }));
  }
  const marks: Mark[] = [];
  for (let i = 0; i < 500; i++) marks.push(mark(ids[i % ids.length] as string, i * 80, 'append', `append ${i}`, { step: i, highlight: i === 250 }));
  const d: Diagram = { title: 'big', lanes, arrows, marks, endMs: 41_000 };

  renderSequence(d); // warm up the JIT
  const started = performance.now();
  const svg = renderSequence(d);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < 500, `took ${elapsed.toFixed(0)} ms`);

  const root = parseXml(svg);
  assert.ok(Number(root.attrs.get('height')) <= 4000, `height ${root.attrs.get('height')}`);
  assert.is(byClass(root, 'shaft').length, 5000);
  assert.is(byClass(root, 'mark').length, 500);
  const hot = byClass(root, 'hl');
  assert.is(hot.length, 2, 'the highlighted arrow and mark are drawn');
  assert.ok(hot.some((g) => g.children.some((c) => classes(c).includes('arrow-label') && textOf(c) === 'msg 4321')), 'and keep their label');
  for (const e of all(root)) {
    for (const key of ['y', 'y1', 'y2', 'cy']) {
      const v = e.attrs.get(key);
      if (v !== undefined) assert.ok(Number(v) <= 4000, `${e.name} ${key}=${v} inside the picture`);
    }
  }
  assert.match(svg, /merged into 400 rows/);
});

test.run();
