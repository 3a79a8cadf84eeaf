// Sequence diagrams of one simulated run as a self-contained inline SVG: one vertical lane
// per process incarnation (left to right in the given order), virtual time flowing
// downward, messages as arrows between lanes and local events as small glyphs on a lane.
// The output is meant to be pasted into an HTML report as is, so it loads nothing (no
// fonts, images or scripts), carries no <style> element (inline SVG styles leak into the
// host page) and uses presentation attributes only.
//
// Time is not drawn to scale: every distinct event time gets a row (a bit more when several
// marks share a lane and a time), so a burst of messages within one millisecond stays as
// readable as events seconds apart. Past MAX_ROWS distinct times the rows are merged evenly
// by rank; nothing is dropped then, but only highlighted arrows keep a visible label (the
// others keep theirs in the tooltip) and highlighted items are drawn last, on top.
//
// Every string in a Diagram comes from the system under test and is untrusted: it is
// stripped of control characters and characters XML cannot carry, escaped, and shown
// truncated (the full text stays in the <title> tooltip). Malformed input — unknown lane
// ids, NaN or negative times, unknown fates or kinds — is skipped or clamped, never thrown.

/** One incarnation of a process: a vertical line from its start until its crash or the end. */
export interface Lane {
  readonly id: string;          // unique, e.g. "control-plane@2"
  readonly label: string;       // shown at the top of the lane, e.g. "control-plane@2"
  readonly startMs: number;     // virtual time the incarnation started
  readonly endMs: number | null; // virtual time it crashed, or null if alive at the end
  readonly ended: 'crash' | 'alive';
}

/** One message: an arrow from the sender's lane at send time to the receiver's lane at arrival. */
export interface Arrow {
  readonly from: string;        // lane id
  readonly to: string;          // lane id (for a message to a process that was down, the last lane of that process)
  readonly sentMs: number;
  readonly arrivedMs: number | null; // null: never arrived (dropped)
  readonly label: string;       // e.g. "confirm r12"
  readonly fate: 'delivered' | 'dropped' | 'duplicate' | 'delayed' | 'refused'; // refused: arrived at a down process or across a partition
  readonly step: number | null; // the step number at which it was handled, if any
  readonly highlight: boolean;  // part of the failure: draw it emphasised (e.g. red, thicker)
}

/** One local event on a lane: a small glyph with a label. */
export interface Mark {
  readonly lane: string;
  readonly timeMs: number;
  readonly kind: 'crash' | 'restart' | 'lost-records' | 'display' | 'command' | 'append' | 'sync' | 'timer' | 'violation';
  readonly label: string;
  readonly step: number | null;
  readonly highlight: boolean;
}

/** Everything drawn for one run. */
export interface Diagram {
  readonly title: string;
  readonly lanes: readonly Lane[];
  readonly arrows: readonly Arrow[];
  readonly marks: readonly Mark[];
  readonly endMs: number;
}

type Fate = Arrow['fate'];
type Kind = Mark['kind'];

const FONT = 'ui-monospace, monospace';
/** The SVG is never taller than this, however long the run. */
const MAX_HEIGHT = 4000;
/** More distinct event times than this are merged into this many rows. */
const MAX_ROWS = 400;
/** Row height when there is room; rows shrink to fit MAX_HEIGHT. */
const ROW_MAX = 26;
/** Marks sharing a lane and a time are stacked, up to this many rows per time. */
const STACK_MAX = 3;
/** Visible text is cut to this many characters ("…" included); tooltips keep all of it. */
const LABEL_MAX = 60;
/** Left column holding the time axis. */
const GUTTER = 76;
/** Room right of the last lane for mark labels. */
const RIGHT = 190;
const MIN_SPACING = 48;
const DEFAULT_SPACING = 180;
const MAX_WIDTH = 100_000;
/** Room below the plot for up to three footnotes. */
const BOTTOM = 56;
const RED = '#c8102e';
const INK = '#333';
const FAINT = '#bbb';
/** A white outline behind small text, so that labels stay legible where they cross lines. */
const HALO = ' stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';

const FATES: readonly Fate[] = ['delivered', 'duplicate', 'delayed', 'dropped', 'refused'];
const KINDS: readonly Kind[] = ['crash', 'restart', 'lost-records', 'display', 'command', 'append', 'sync', 'timer', 'violation'];

/** Line style per fate; highlighted arrows are red and thicker, whatever their fate. */
const FATE_STYLE: Readonly<Record<Fate, { readonly stroke: string; readonly dash: string | null; readonly legend: string }>> = {
  delivered: { stroke: INK, dash: null, legend: 'delivered' },
  duplicate: { stroke: '#7b3fb5', dash: '6 3', legend: 'duplicate' },
  delayed: { stroke: INK, dash: '1.5 3', legend: 'delayed' },
  dropped: { stroke: '#777', dash: '4 3', legend: 'dropped (never arrived)' },
  refused: { stroke: '#a15c00', dash: null, legend: 'refused (down / partition)' },
};

const KIND_COLOUR: Readonly<Record<Kind, string>> = {
  crash: '#8b0000',
  restart: '#2a7d2a',
  'lost-records': '#c76b00',
  display: '#1f5fa8',
  command: INK,
  append: '#0f7b7b',
  sync: '#555',
  timer: '#8a6d00',
  violation: RED,
};

const KIND_LEGEND: Readonly<Record<Kind, string>> = {
  crash: 'crash',
  restart: 'restart',
  'lost-records': 'lost records',
  display: 'display',
  command: 'command',
  append: 'append',
  sync: 'sync',
  timer: 'timer',
  violation: 'violation',
};

/**
 * Draws `diagram` as a self-contained SVG document fragment (an `<svg>` element with the
 * SVG namespace, safe to inline in HTML). `options.width` asks for a total width in pixels;
 * it is raised when the lanes would otherwise be narrower than 48 px. Pure and
 * deterministic: the same diagram always gives the same string.
 */
export function renderSequence(diagram: Diagram, options: { readonly width?: number } = {}): string {
  const title = clean(diagram?.title);
  const lanes = list<Lane>(diagram?.lanes).filter((lane) => typeof lane === 'object' && lane !== null);
  if (lanes.length === 0) return nothingToDraw(title);

  // Columns: the first lane with a given id is the one arrows and marks refer to.
  const column = new Map<unknown, number>();
  lanes.forEach((lane, i) => {
    if (!column.has(lane.id)) column.set(lane.id, i);
  });

  // Everything placed on a lane, with times clamped; what names unknown lanes is counted.
  const times = new Set<number>([at(diagram.endMs)]);
  const placedLanes = lanes.map((lane) => {
    const start = at(lane.startMs);
    const end = typeof lane.endMs === 'number' ? at(lane.endMs) : null;
    times.add(start);
    if (end !== null) times.add(end);
    return { lane, start, end };
  });
  let skippedArrows = 0;
  const arrows: PlacedArrow[] = [];
  for (const arrow of list<Arrow>(diagram.arrows)) {
    const from = typeof arrow === 'object' && arrow !== null ? column.get(arrow.from) : undefined;
    const to = typeof arrow === 'object' && arrow !== null ? column.get(arrow.to) : undefined;
    if (from === undefined || to === undefined) {
      skippedArrows++;
      continue;
    }
    const sent = at(arrow.sentMs);
    const arrived = typeof arrow.arrivedMs === 'number' ? at(arrow.arrivedMs) : null;
    times.add(sent);
    if (arrived !== null) times.add(arrived);
    arrows.push({ arrow, from, to, sent, arrived, fate: fateOf(arrow.fate) });
  }
  let skippedMarks = 0;
  const marks: PlacedMark[] = [];
  const stacks = new Map<number, Map<number, number>>(); // time → column → marks so far
  for (const mark of list<Mark>(diagram.marks)) {
    const lane = typeof mark === 'object' && mark !== null ? column.get(mark.lane) : undefined;
    if (lane === undefined) {
      skippedMarks++;
      continue;
    }
    const time = at(mark.timeMs);
    times.add(time);
    let byLane = stacks.get(time);
    if (byLane === undefined) stacks.set(time, (byLane = new Map()));
    const slot = byLane.get(lane) ?? 0;
    byLane.set(lane, slot + 1);
    marks.push({ mark, lane, time, slot, kind: kindOf(mark.kind) });
  }

  // Horizontal layout.
  const requested = typeof options?.width === 'number' && Number.isFinite(options.width) ? options.width : null;
  const width = Math.ceil(
    requested === null
      ? GUTTER + lanes.length * DEFAULT_SPACING + RIGHT
      : Math.max(GUTTER + lanes.length * MIN_SPACING + RIGHT, Math.min(requested, MAX_WIDTH)),
  );
  const spacing = (width - GUTTER - RIGHT) / lanes.length;
  const laneX = (i: number): number => GUTTER + spacing * (i + 0.5);

  // Vertical layout: legend, lane labels, then the rows of the time axis.
  const legend = renderLegend(width, 40);
  const staggered = lanes.length > 1 && lanes.some((lane) => clean(lane.label).length * 6.6 > spacing - 8);
  const headerTop = legend.bottom + 8;
  const plotTop = headerTop + (staggered ? 36 : 22);
  const axis = timeAxis(times, stacks, plotTop);
  const { y, rowH } = axis;
  const plotBottom = plotTop + axis.units * rowH;
  const lastY = plotBottom - rowH / 2;
  const height = Math.min(MAX_HEIGHT, Math.ceil(plotBottom + BOTTOM)); // min: float rounding

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="sequence" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img">`,
    `<title>${esc(title)}</title>`,
    `<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`,
    `<text class="title" x="10" y="22" font-size="14" font-weight="bold" fill="${INK}">${esc(truncate(title, LABEL_MAX * 2))}</text>`,
    legend.svg,
  );

  // Time axis: a label per row, thinned so that labels never overlap.
  out.push(`<g class="time-axis" font-size="9" fill="#666" text-anchor="end">`);
  out.push(`<text x="${GUTTER - 8}" y="${n(plotTop - 6)}">ms</text>`);
  let lastLabelY = -Infinity;
  for (const time of axis.sorted) {
    const ty = y(time);
    if (ty - lastLabelY < 11) continue;
    lastLabelY = ty;
    out.push(`<text x="${GUTTER - 8}" y="${n(ty + 3)}">${esc(ms(time))}</text>`);
  }
  out.push('</g>');

  // Lanes: label on top, a faint guide down to the start, the lane itself, a cross at a crash.
  const labelChars = Math.max(8, Math.min(LABEL_MAX, Math.floor(((staggered ? 2 : 1) * spacing - 8) / 6.6)));
  placedLanes.forEach(({ lane, start, end }, i) => {
    const x = laneX(i);
    const label = clean(lane.label);
    const crashed = lane.ended === 'crash';
    const y1 = y(start);
    const y2 = end === null ? lastY : y(end);
    const tip = `${label} (${clean(lane.id)}) · started ${ms(start)} ms · ${end === null ? 'alive at the end' : `${crashed ? 'crashed' : 'ended'} ${ms(end)} ms`}`;
    const labelY = headerTop + 12 + (staggered && i % 2 === 1 ? 14 : 0);
    out.push(
      `<g class="lane${crashed ? ' crashed' : ''}" data-lane-index="${i}">`,
      `<title>${esc(tip)}</title>`,
      `<text class="lane-label" x="${n(x)}" y="${n(labelY)}" font-size="11" font-weight="bold" fill="${INK}" text-anchor="middle">${esc(truncate(label, labelChars))}</text>`,
    );
    if (y1 > plotTop + rowH) out.push(`<line class="lane-guide" x1="${n(x)}" y1="${n(plotTop)}" x2="${n(x)}" y2="${n(y1)}" stroke="${FAINT}" stroke-width="1" stroke-dasharray="1 4"/>`);
    out.push(`<line class="lane-line" x1="${n(x)}" y1="${n(y1)}" x2="${n(x)}" y2="${n(y2)}" stroke="#888" stroke-width="1.5"/>`);
    if (crashed) out.push(cross(x, y2, 6, INK, 2.2, 'lane-crash'));
    out.push('</g>');
  });

  // Arrows and marks; highlighted ones last so that they are drawn on top.
  const drawArrow = (placed: PlacedArrow): void => {
    out.push(renderArrow(placed, laneX, y, rowH, clean(lanes[placed.from]?.id), clean(lanes[placed.to]?.id), !axis.merged || placed.arrow.highlight === true));
  };
  const drawMark = (placed: PlacedMark): void => {
    const stackable = !axis.merged && axis.stacked;
    out.push(renderMark(placed, laneX(placed.lane), y(placed.time) + (stackable ? placed.slot * rowH : 0)));
  };
  out.push('<g class="arrows">');
  for (const placed of arrows) if (placed.arrow.highlight !== true) drawArrow(placed);
  out.push('</g><g class="marks">');
  for (const placed of marks) if (placed.mark.highlight !== true) drawMark(placed);
  out.push('</g><g class="highlighted">');
  for (const placed of arrows) if (placed.arrow.highlight === true) drawArrow(placed);
  for (const placed of marks) if (placed.mark.highlight === true) drawMark(placed);
  out.push('</g>');

  // Footnotes: how to read the time axis, and what was merged or skipped.
  const notes = ['time flows downward; rows are distinct event times, not to scale'];
  if (axis.merged) notes.push(`${axis.sorted.length} distinct times merged into ${MAX_ROWS} rows; labels of non-highlighted arrows are in their tooltips`);
  if (skippedArrows + skippedMarks > 0) notes.push(`skipped ${skippedArrows} arrow(s) and ${skippedMarks} mark(s) naming unknown lanes`);
  out.push(`<g class="notes" font-size="9" fill="#666">`);
  notes.forEach((note, i) => out.push(`<text x="10" y="${n(plotBottom + 18 + i * 12)}">${esc(note)}</text>`));
  out.push('</g>', '</svg>');
  return out.join('\n');
}

interface PlacedArrow {
  readonly arrow: Arrow;
  readonly from: number;
  readonly to: number;
  readonly sent: number;
  readonly arrived: number | null;
  readonly fate: Fate;
}

interface PlacedMark {
  readonly mark: Mark;
  readonly lane: number;
  readonly time: number;
  readonly slot: number; // how many marks came before this one on the same lane at the same time
  readonly kind: Kind | null;
}

interface TimeAxis {
  /** The distinct times, ascending. */
  readonly sorted: readonly number[];
  /** Rows in the plot (a time with stacked marks takes several). */
  readonly units: number;
  readonly rowH: number;
  /** Whether times were merged into MAX_ROWS rows. */
  readonly merged: boolean;
  /** Whether times with several marks on one lane got a row per mark. */
  readonly stacked: boolean;
  /** The y of a time, which must be one of `sorted`. */
  y(time: number): number;
}

/** The monotone map from time to y: by rank among distinct times, not by value. */
function timeAxis(times: ReadonlySet<number>, stacks: ReadonlyMap<number, ReadonlyMap<number, number>>, plotTop: number): TimeAxis {
  const sorted = [...times].sort((a, b) => a - b);
  const count = sorted.length;
  const merged = count > MAX_ROWS;
  const starts: number[] = [];
  let units = 0;
  let stacked = false;
  if (merged) {
    for (let i = 0; i < count; i++) starts.push(Math.floor((i * MAX_ROWS) / count));
    units = MAX_ROWS;
  } else {
    const weights = sorted.map((time) => Math.min(STACK_MAX, Math.max(1, ...(stacks.get(time)?.values() ?? []))));
    const total = weights.reduce((sum, w) => sum + w, 0);
    stacked = total <= MAX_ROWS && total > count;
    for (const w of weights) {
      starts.push(units);
      units += stacked ? w : 1;
    }
  }
  units = Math.max(1, units);
  const rowH = Math.min(ROW_MAX, (MAX_HEIGHT - BOTTOM - plotTop) / units);
  const rank = new Map<number, number>();
  sorted.forEach((time, i) => rank.set(time, starts[i] ?? 0));
  return { sorted, units, rowH, merged, stacked, y: (time) => plotTop + ((rank.get(time) ?? 0) + 0.5) * rowH };
}

/** One arrow as a <g> with its tooltip, its shaft (one <line> or <path>), its ending and its label. */
function renderArrow(
  placed: PlacedArrow,
  laneX: (i: number) => number,
  y: (time: number) => number,
  rowH: number,
  fromId: string,
  toId: string,
  showLabel: boolean,
): string {
  const { arrow, from, to, sent, arrived, fate } = placed;
  const highlight = arrow.highlight === true;
  const style = FATE_STYLE[fate];
  const stroke = highlight ? RED : style.stroke;
  const strokeWidth = highlight ? 2.5 : 1.2;
  const label = clean(arrow.label);
  const step = stepOf(arrow.step);
  const neverArrived = fate === 'dropped' || (arrived === null && fate !== 'refused');
  const drop = Math.min(rowH * 0.6, 14); // how far down an arrow without an arrival time goes

  const x1 = laneX(from);
  const y1 = y(sent);
  const self = from === to;
  let x2: number;
  let y2: number;
  let shaft: string;
  let dx: number; // direction of the last segment, for the ending
  let dy: number;
  if (self) {
    // A message to the same lane: a loop out to the right and back.
    const loop = 28;
    y2 = neverArrived || arrived === null ? y1 + drop : Math.max(y(arrived), y1 + drop);
    x2 = neverArrived ? x1 + loop : x1;
    shaft = `<path class="shaft" d="M${n(x1)} ${n(y1)}h${loop}V${n(y2)}${neverArrived ? '' : `h${-loop}`}" fill="none"${strokeAttrs(stroke, strokeWidth, style.dash)}/>`;
    [dx, dy] = neverArrived ? [0, 1] : [-1, 0];
  } else {
    const toX = laneX(to);
    if (neverArrived) {
      x2 = (x1 + toX) / 2;
      y2 = y1 + drop;
    } else {
      x2 = toX;
      y2 = arrived === null ? y1 + drop : y(arrived);
    }
    shaft = `<line class="shaft" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}"${strokeAttrs(stroke, strokeWidth, style.dash)}/>`;
    dx = x2 - x1;
    dy = y2 - y1;
  }
  const ending = neverArrived ? cross(x2, y2, 4, stroke, 1.6, 'end-dropped') : fate === 'refused' ? bar(x2, y2, dx, dy, stroke, strokeWidth + 0.8) : head(x2, y2, dx, dy, stroke);

  const tip = `${label} · ${fromId} → ${toId} · ${fate} · sent ${ms(sent)} ms · ${arrived === null ? 'never arrived' : `arrived ${ms(arrived)} ms`}${step === null ? '' : ` · step ${step}`}`;
  const parts = [
    `<g class="arrow fate-${fate}${highlight ? ' hl' : ''}"${step === null ? '' : ` data-step="${step}"`}>`,
    `<title>${esc(tip)}</title>`,
    shaft,
    ending,
  ];
  if (showLabel && label !== '') {
    const lx = self ? x1 + 32 : (x1 + x2) / 2;
    const ly = self ? (y1 + y2) / 2 + 3 : (y1 + y2) / 2 - 3;
    parts.push(
      `<text class="arrow-label" x="${n(lx)}" y="${n(ly)}" font-size="9" fill="${highlight ? RED : '#444'}"${highlight ? ' font-weight="bold"' : ''}${HALO} text-anchor="${self ? 'start' : 'middle'}">${esc(truncate(label, LABEL_MAX))}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/** One mark as a <g> with its tooltip, its glyph and its label. */
function renderMark(placed: PlacedMark, x: number, y: number): string {
  const { mark, time, kind } = placed;
  const highlight = mark.highlight === true;
  const red = highlight || kind === 'violation';
  const label = clean(mark.label);
  const step = stepOf(mark.step);
  const colour = red ? RED : kind === null ? '#777' : KIND_COLOUR[kind];
  const tip = `${label} · ${kind ?? clean(mark.kind)} at ${ms(time)} ms${step === null ? '' : ` · step ${step}`}`;
  return (
    `<g class="mark kind-${kind ?? 'other'}${highlight ? ' hl' : ''}"${step === null ? '' : ` data-step="${step}"`}>` +
    `<title>${esc(tip)}</title>` +
    glyph(kind, x, y, colour) +
    `<text class="mark-label" x="${n(x + 9)}" y="${n(y + 3.5)}" font-size="10" fill="${red ? RED : INK}"${red ? ' font-weight="bold"' : ''}${HALO}>${esc(truncate(label, LABEL_MAX))}</text>` +
    '</g>'
  );
}

/** The legend: a sample of each line style and glyph, wrapped to the width; and where it ends. */
function renderLegend(width: number, top: number): { svg: string; bottom: number } {
  const items: { label: string; draw: (x: number, y: number) => string }[] = [];
  for (const fate of FATES) {
    const style = FATE_STYLE[fate];
    items.push({
      label: style.legend,
      draw: (x, y) => {
        const x2 = fate === 'dropped' ? x + 20 : x + 26;
        const ending = fate === 'dropped' ? cross(x2, y, 4, style.stroke, 1.6, 'legend-cross') : fate === 'refused' ? bar(x2, y, 1, 0, style.stroke, 2) : head(x2, y, 1, 0, style.stroke);
        return `<line x1="${x}" y1="${y}" x2="${x2}" y2="${y}"${strokeAttrs(style.stroke, 1.2, style.dash)}/>${ending}`;
      },
    });
  }
  items.push({ label: 'part of the failure', draw: (x, y) => `<line x1="${x}" y1="${y}" x2="${x + 26}" y2="${y}"${strokeAttrs(RED, 2.5, null)}/>${head(x + 26, y, 1, 0, RED)}` });
  items.push({ label: 'lane ends: crash', draw: (x, y) => `<line x1="${x + 13}" y1="${y - 7}" x2="${x + 13}" y2="${y}" stroke="#888" stroke-width="1.5"/>${cross(x + 13, y, 5, INK, 2, 'legend-cross')}` });
  for (const kind of KINDS) items.push({ label: KIND_LEGEND[kind], draw: (x, y) => glyph(kind, x + 13, y, KIND_COLOUR[kind]) });

  const parts = [`<g class="legend" font-size="10" fill="${INK}">`];
  const rowHeight = 18;
  let x = 10;
  let y = top + 8;
  for (const item of items) {
    const w = 34 + item.label.length * 6.1 + 14;
    if (x > 10 && x + w > width - 10) {
      x = 10;
      y += rowHeight;
    }
    parts.push(`<g class="legend-item">${item.draw(x, y)}<text x="${n(x + 34)}" y="${n(y + 3.5)}">${esc(item.label)}</text></g>`);
    x += w;
  }
  parts.push('</g>');
  return { svg: parts.join(''), bottom: y + 10 };
}

/** The small SVG for a diagram without lanes. */
function nothingToDraw(title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="sequence empty" width="360" height="64" viewBox="0 0 360 64" font-family="${FONT}" role="img">`,
    `<title>${esc(title)}</title>`,
    `<rect class="background" x="0" y="0" width="360" height="64" fill="#fff"/>`,
    `<text x="10" y="22" font-size="13" font-weight="bold" fill="${INK}">${esc(truncate(title, 44))}</text>`,
    `<text x="10" y="46" font-size="11" fill="#666">nothing to draw</text>`,
    '</svg>',
  ].join('\n');
}

// Shapes. All are drawn as paths rather than text, so that they look the same in any font.

/** The glyph of a mark kind, centred on (x, y); an unknown kind is a small square. */
function glyph(kind: Kind | null, x: number, y: number, colour: string): string {
  switch (kind) {
    case 'crash':
      return cross(x, y, 4.5, colour, 2, 'glyph');
    case 'restart': // ▶
      return `<path class="glyph" d="M${n(x - 4)} ${n(y - 5)}L${n(x + 5)} ${n(y)}L${n(x - 4)} ${n(y + 5)}Z" fill="${colour}"/>`;
    case 'lost-records': // ▽
      return `<path class="glyph" d="M${n(x - 5)} ${n(y - 4)}L${n(x + 5)} ${n(y - 4)}L${n(x)} ${n(y + 5)}Z" fill="#fff" stroke="${colour}" stroke-width="1.6"/>`;
    case 'display': // □
      return `<rect class="glyph" x="${n(x - 4)}" y="${n(y - 4)}" width="8" height="8" fill="#fff" stroke="${colour}" stroke-width="1.6"/>`;
    case 'command': // ◆
      return `<path class="glyph" d="M${n(x)} ${n(y - 5)}L${n(x + 5)} ${n(y)}L${n(x)} ${n(y + 5)}L${n(x - 5)} ${n(y)}Z" fill="${colour}"/>`;
    case 'append': // ●
      return `<circle class="glyph" cx="${n(x)}" cy="${n(y)}" r="3.5" fill="${colour}"/>`;
    case 'sync': // ◎
      return `<g class="glyph"><circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="#fff" stroke="${colour}" stroke-width="1.4"/><circle cx="${n(x)}" cy="${n(y)}" r="1.6" fill="${colour}"/></g>`;
    case 'timer': // ⧗
      return `<path class="glyph" d="M${n(x - 4)} ${n(y - 5)}H${n(x + 4)}L${n(x - 4)} ${n(y + 5)}H${n(x + 4)}Z" fill="${colour}"/>`;
    case 'violation': // ▲ with a white bar
      return `<g class="glyph"><path d="M${n(x)} ${n(y - 6)}L${n(x + 6)} ${n(y + 5)}L${n(x - 6)} ${n(y + 5)}Z" fill="${colour}"/><line x1="${n(x)}" y1="${n(y - 2)}" x2="${n(x)}" y2="${n(y + 2.5)}" stroke="#fff" stroke-width="1.4"/></g>`;
    case null:
      return `<rect class="glyph" x="${n(x - 3)}" y="${n(y - 3)}" width="6" height="6" fill="${colour}"/>`;
  }
}

/** An ✕ centred on (x, y). */
function cross(x: number, y: number, r: number, colour: string, width: number, cls: string): string {
  return `<path class="${cls}" d="M${n(x - r)} ${n(y - r)}L${n(x + r)} ${n(y + r)}M${n(x - r)} ${n(y + r)}L${n(x + r)} ${n(y - r)}" stroke="${colour}" stroke-width="${width}" fill="none"/>`;
}

/** A filled arrow head with its tip on (x, y), pointing along (dx, dy). */
function head(x: number, y: number, dx: number, dy: number, colour: string): string {
  const [ux, uy] = unit(dx, dy);
  const back = 7;
  const half = 3.5;
  const bx = x - ux * back;
  const by = y - uy * back;
  return `<path class="head" d="M${n(x)} ${n(y)}L${n(bx - uy * half)} ${n(by + ux * half)}L${n(bx + uy * half)} ${n(by - ux * half)}Z" fill="${colour}"/>`;
}

/** A bar across the line's end at (x, y), the line running along (dx, dy): a refused message. */
function bar(x: number, y: number, dx: number, dy: number, colour: string, width: number): string {
  const [ux, uy] = unit(dx, dy);
  const half = 5;
  return `<line class="end-refused" x1="${n(x - uy * half)}" y1="${n(y + ux * half)}" x2="${n(x + uy * half)}" y2="${n(y - ux * half)}" stroke="${colour}" stroke-width="${width}"/>`;
}

function unit(dx: number, dy: number): [number, number] {
  const length = Math.hypot(dx, dy);
  return length > 1e-9 && Number.isFinite(length) ? [dx / length, dy / length] : [1, 0];
}

function strokeAttrs(colour: string, width: number, dash: string | null): string {
  return ` stroke="${colour}" stroke-width="${width}"${dash === null ? '' : ` stroke-dasharray="${dash}" stroke-linecap="${dash === FATE_STYLE.delayed.dash ? 'round' : 'butt'}"`}`;
}

// Untrusted input.

/** An array from the input, or nothing. */
function list<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}

/** A time, clamped: NaN, negative and non-numbers give 0, +Infinity the largest number. */
function at(value: unknown): number {
  if (typeof value !== 'number' || !(value > 0)) return 0;
  return Math.min(value, Number.MAX_VALUE);
}

/** A step number, or null when absent or not a finite number. */
function stepOf(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function fateOf(value: unknown): Fate {
  return FATES.find((fate) => fate === value) ?? 'delivered';
}

function kindOf(value: unknown): Kind | null {
  return KINDS.find((kind) => kind === value) ?? null;
}

/**
 * Untrusted text as plain text XML can carry: control characters (U+0000–U+001F,
 * U+007F–U+009F) removed; lone surrogates and U+FFFE/U+FFFF, which XML forbids, replaced.
 */
function clean(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g, '\ufffd');
}

/** Escapes the five XML markup characters; the text must already be clean(). */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** At most `max` characters (code points, so no surrogate pair is split), the last one "…" when cut. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A time in ms for display: integers as they are, fractions to three decimals. */
function ms(time: number): string {
  return Number.isInteger(time) ? String(time) : String(Math.round(time * 1000) / 1000);
}

/** A coordinate, to a tenth of a pixel. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}
